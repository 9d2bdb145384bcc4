let reported = false;

/** Logs the first failure once, with context, and never lets it reach the page. */
export function report(where: string, error: unknown): void {
  if (reported) return;
  reported = true;
  console.warn(`[Backstory] ${where} failed; the page is left as it was.`, error);
}
