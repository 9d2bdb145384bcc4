// Page integrity: the page's DOM, text, selection, find, links and styles behave as without the
// extension, and a React page that re-renders its text keeps working with highlights following it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotations, highlightPoint, openPage, startHarness, type Harness } from './harness.ts';
import { articlePage, OPED_PARAGRAPHS, OPED_TITLE, splitMarkup } from './pages.ts';

/** Records the DOM before the extension runs (content scripts run at document_idle, after this). */
const SNAPSHOT = '<script>document.addEventListener("DOMContentLoaded", () => { window.__before = document.documentElement.outerHTML; });</script>';

/** Page CSS that tries to restyle everything, including elements it does not know. */
const HOSTILE_CSS = `<style>
  * { font-family: "Comic Sans MS", cursive !important; color: #c00 !important; letter-spacing: 3px !important; }
  div, h2, p, a, button, table { background: yellow !important; border: 5px solid lime !important; font-size: 30px !important; }
  [role="dialog"] { display: none !important; }
</style>`;

/** A React 18 page: the article is rendered after load and its paragraphs re-render on a timer. */
function reactPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${OPED_TITLE}</title>
<script src="/vendor/react/react.production.min.js"></script><script src="/vendor/react-dom/react-dom.production.min.js"></script></head>
<body><main id="root"></main><script>
const paragraphs = ${JSON.stringify(OPED_PARAGRAPHS)};
const e = React.createElement;
function Article() {
  const [tick, setTick] = React.useState(0);
  React.useEffect(() => { const t = setInterval(() => setTick((n) => n + 1), 400); return () => clearInterval(t); }, []);
  window.__ticks = tick;
  // The key changes every tick, so React throws the old paragraphs away and creates new text nodes.
  return e('article', null, e('h1', null, ${JSON.stringify(OPED_TITLE)}),
    paragraphs.map((p, i) => e('p', { key: tick + '-' + i }, p)));
}
setTimeout(() => ReactDOM.createRoot(document.getElementById('root')).render(e(Article)), 300);
</script></body></html>`;
}

function generated(url: URL): string | null {
  if (url.pathname === '/plain') return articlePage(OPED_TITLE, OPED_PARAGRAPHS, SNAPSHOT);
  if (url.pathname === '/links') return splitMarkup(articlePage(OPED_TITLE, OPED_PARAGRAPHS));
  if (url.pathname === '/hostile-css') return articlePage(OPED_TITLE, OPED_PARAGRAPHS, HOSTILE_CSS);
  if (url.pathname === '/react') return reactPage();
  return null;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(generated);
});
afterAll(async () => {
  await h?.close();
});

/** Hovers the first highlight whose text is `text` and waits for its card. */
async function hover(page: Page, text: string) {
  const point = await highlightPoint(page, text);
  expect(point, `no highlight for ${text}`).not.toBeNull();
  await page.mouse.move(point!.x, point!.y);
  await page.locator('backstory-card-host .card').waitFor({ state: 'attached', timeout: 5000 });
}

describe('page integrity', () => {
  it('leaves the DOM outside its one shadow host identical after annotating and hovering', async () => {
    const page = await openPage(h, `${h.baseUrl}/plain`);
    expect((await annotations(h, page)).annotations.length).toBeGreaterThan(10);
    await hover(page, 'European Parliament');
    const result = await page.evaluate(() => {
      const hosts = document.querySelectorAll('backstory-card-host');
      const clone = document.documentElement.cloneNode(true) as Element;
      clone.querySelectorAll('backstory-card-host').forEach((el) => el.remove());
      return { hosts: hosts.length, same: clone.outerHTML === (window as unknown as { __before: string }).__before };
    });
    expect(result).toEqual({ hosts: 1, same: true });
  });

  it('keeps text selection, copy and find-in-page working across highlighted terms', async () => {
    const page = await openPage(h, `${h.baseUrl}/plain`);
    const paragraph = OPED_PARAGRAPHS.find((p) => p.startsWith('According to reports'))!;
    const result = await page.evaluate((text: string) => {
      const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text)!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      let copied = '';
      document.addEventListener('copy', (e) => { copied = getSelection()!.toString(); e.preventDefault(); }, { once: true });
      document.execCommand('copy');
      selection.removeAllRanges();
      const found = (window as unknown as { find: (s: string) => boolean }).find('National Council of Resistance of Iran');
      return { selected: range.toString(), copied, found };
    }, paragraph);
    expect(result).toEqual({ selected: paragraph, copied: paragraph, found: true });
  });

  it('keeps links inside highlighted names working', async () => {
    const page = await openPage(h, `${h.baseUrl}/links`);
    await page.getByRole('link', { name: 'National Council of Resistance of Iran' }).first().click();
    expect(new URL(page.url()).hash).toBe('#ncri');
  });

  it('isolates the card from the page’s CSS and the page from the card’s', async () => {
    const page = await openPage(h, `${h.baseUrl}/hostile-css`);
    const pageStyle = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('article p')!);
        return [s.fontFamily, s.color, s.fontSize, s.backgroundColor, s.letterSpacing].join('|');
      });
    const before = await pageStyle();
    await hover(page, 'Guy Verhofstadt');
    const cardStyle = await page.evaluate(() => {
      const root = document.querySelector('backstory-card-host')!.shadowRoot!;
      const c = getComputedStyle(root.querySelector('.card')!);
      const h2 = getComputedStyle(root.querySelector('h2')!);
      return { display: c.display, background: c.backgroundColor, font: h2.fontFamily, color: h2.color, size: h2.fontSize, spacing: h2.letterSpacing };
    });
    expect(cardStyle.display).toBe('flex');
    expect(cardStyle.background).toBe('rgb(255, 255, 255)');
    expect(cardStyle.font).not.toMatch(/Comic/);
    expect(cardStyle.color).not.toBe('rgb(204, 0, 0)');
    expect(cardStyle.size).toBe('15px');
    expect(cardStyle.spacing).toBe('normal');
    expect(await pageStyle()).toBe(before);
  });
});

describe('a React page that re-renders its text', () => {
  it('keeps working without errors while the highlights follow the new text', async () => {
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${h.baseUrl}/react`);
    await page.waitForFunction(() => (window as unknown as { __ticks?: number }).__ticks! >= 3, null, { timeout: 10_000 });
    const live = () =>
      page.evaluate(() => {
        let total = 0;
        let connected = 0;
        for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
          if (!name.startsWith('backstory-')) continue;
          for (const r of hl) {
            total++;
            if (r.startContainer.isConnected && !r.collapsed) connected++;
          }
        }
        return { total, connected };
      });
    // After each re-render the highlights are rebuilt on the new text nodes.
    for (let i = 0; i < 3; i++) {
      await page.waitForTimeout(450);
      await expect.poll(async () => { const l = await live(); return l.total > 10 && l.total === l.connected; }, { timeout: 2000 }).toBe(true);
    }
    expect((await annotations(h, page)).article.opEdId).toBe('oped-why-iran-executes');
    const ticks = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    expect(ticks).toBeGreaterThanOrEqual(5); // React kept rendering
    expect(errors).toEqual([]);
    await page.close();
  });
});
