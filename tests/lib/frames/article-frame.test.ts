import { describe, expect, it } from 'vitest';
import { nextArticleFrame, tooSmallForArticle } from '../../../lib/frames/article-frame.ts';

describe('tooSmallForArticle', () => {
  it('turns away every common ad slot and hidden frames', () => {
    const ads = [[300, 250], [336, 280], [728, 90], [970, 90], [970, 250], [300, 600], [160, 600], [300, 1050], [320, 50], [0, 0]];
    for (const [w, h] of ads) expect(tooSmallForArticle(w, h), `${w}×${h}`).toBe(true);
  });
  it('lets article-sized frames through, a phone-sized viewer included', () => {
    for (const [w, h] of [[360, 560], [800, 600], [1000, 1600], [1280, 900]]) expect(tooSmallForArticle(w, h), `${w}×${h}`).toBe(false);
  });
});

describe('nextArticleFrame', () => {
  it('takes the first frame that asks, and the latest sub-frame after it', () => {
    expect(nextArticleFrame(undefined, 7)).toBe(7);
    expect(nextArticleFrame(7, 9)).toBe(9);
  });
  it('keeps the top frame once it has asked: the reader is on the article itself', () => {
    expect(nextArticleFrame(7, 0)).toBe(0);
    expect(nextArticleFrame(0, 7)).toBe(0);
  });
});
