// Pages that show the op-ed inside iframes from another origin, shared by the Chromium and Firefox
// frame tests: a syndication embed (one large frame), ad slots (small frames), and a plain page.
import { UNRELATED_PARAGRAPHS } from '../e2e/pages.ts';

/** Ad slots (width × height) that carry the op-ed: none may be annotated. */
export const AD_SLOTS = [[300, 250], [728, 90], [970, 250], [300, 600], [300, 1050], [160, 600]];

/** The op-ed page the frames show, on the other origin. */
export const opedUrl = (otherOrigin: string) => `${otherOrigin}/corpus/bbc-1/oped.html`;

const frame = (src: string, w: number, h: number) => `<iframe src="${src}" width="${w}" height="${h}" style="border:0;display:block"></iframe>`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner content</title></head><body style="margin:0">${body}</body></html>`;
const unrelated = `<article><h1>Tram line to close for repairs</h1>${UNRELATED_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;

/**
 * The test pages, given the other origin (read when a page is asked for): /embed (the op-ed in one
 * 1000×700 frame under a heading), /ads (an unrelated article, the op-ed in every ad slot) and
 * /plain (the unrelated article alone).
 */
export function framePages(otherOrigin: () => string): (url: URL) => string | null {
  return (url) => {
    const oped = opedUrl(otherOrigin());
    if (url.pathname === '/embed') return page(`<h1>From our partners</h1>${frame(oped, 1000, 700)}`);
    if (url.pathname === '/ads') return page(`${unrelated}${AD_SLOTS.map(([w, h]) => frame(oped, w, h)).join('')}`);
    if (url.pathname === '/plain') return page(unrelated);
    return null;
  };
}
