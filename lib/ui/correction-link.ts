/** What a correction request carries: which entry, which dataset, on which site. Never page text. */
export interface CorrectionContext {
  entryId: string;
  datasetVersion: string;
  /** The page's host name, or null off the web. */
  host: string | null;
}

/**
 * The prefilled new-issue URL for a correction to one entry. Only ids, the dataset version and the
 * host go in: the reader's page text never leaves the browser, and nothing is sent until they click.
 */
export function correctionUrl(base: string, { entryId, datasetVersion, host }: CorrectionContext): string {
  const url = new URL(base);
  url.searchParams.set('title', `Correction: ${entryId}`);
  url.searchParams.set(
    'body',
    [`Entry: ${entryId}`, `Dataset version: ${datasetVersion}`, `Site: ${host ?? '(not a web page)'}`, '', 'What should change, and a source for it:', ''].join('\n'),
  );
  return url.toString();
}
