// Which frame of a tab shows the article: pure rules shared by the gate (is this frame big enough
// to be one?) and the background (which frame do the popup and the keyboard talk to?).

// A phone-sized viewer (360×560) passes; every common ad slot fails one test: 300×250, 336×280 and
// 300×1050 on width, 728×90 and 970×250 on height, 300×600 and 160×600 on both.
/** The smallest frame an article could be read in: narrower, shorter or smaller is an ad or a widget. */
export const MIN_ARTICLE_FRAME = { width: 320, height: 300, area: 200_000 } as const;

/**
 * True when a sub-frame of this size cannot show an article (ad slots, hidden and collapsed frames):
 * its gate stops before touching the page.
 */
export function tooSmallForArticle(width: number, height: number): boolean {
  return width < MIN_ARTICLE_FRAME.width || height < MIN_ARTICLE_FRAME.height || width * height < MIN_ARTICLE_FRAME.area;
}

/**
 * The article frame once `asking` has asked for the annotator: the top frame wins over any
 * sub-frame (the reader is on the article itself), otherwise the latest request does (a page that
 * swapped its embed for another).
 */
export function nextArticleFrame(current: number | undefined, asking: number): number {
  return current === 0 ? 0 : asking;
}
