import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../lib/article/find-article-root.ts';
import { articleLead } from '../../../lib/article/is-probably-article.ts';
import { paragraphsOf, proseContainers } from '../../../lib/article/prose-blocks.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';

const para = (i: number) => `Paragraph ${i} of the syndicated text, which goes on about Iran, the NCRI and the judiciary, `.padEnd(300, 'word ').trim();
const texts = [1, 2, 3, 4, 5].map(para);

/** The same five paragraphs in the forms aggregators print them. */
const FORMS: Record<string, string> = {
  brs: `<div class="story">${texts.join('<br><br>\n')}</div>`,
  divs: `<div class="story">${texts.map((t) => `<div>${t}</div>`).join('')}</div>`,
  preline: `<div class="story" style="white-space: pre-line">${texts.join('\n\n')}</div>`,
  mixed: `<div class="story"><b>Brussels</b> — ${texts[0]}<br><br>${texts.slice(1).join('<br/>\n<br/>')}</div>`,
};
const page = (article: string, title = 'Why Iran executes its own people') => {
  document.title = title;
  document.body.innerHTML = `<nav><a href="/">Home</a></nav><div class="layout"><aside class="sidebar"><p>${para(9)}</p></aside>${article}</div><footer>Footer</footer>`;
};

describe('paragraphs printed without <p>', () => {
  it('splits a container at <br><br>, blank lines and block children, keeping inline text', () => {
    document.body.innerHTML = '<div id="c">One <a href="#">link</a> line<br>same paragraph<br><br>Two\n\nThree<div>block</div>Four</div>';
    expect(paragraphsOf(document.getElementById('c')!)).toEqual(['One link line same paragraph', 'Two', 'Three', 'Four']);
  });
  it('finds the containers: parents of <br>s and divs with text of their own, each once', () => {
    document.body.innerHTML = '<div id="a">x<br>y<br>z</div><div id="b"><span>only inside</span></div><p>p<br>q</p><div id="c">text</div>';
    expect(proseContainers(document).map((e) => e.id)).toEqual(['a', 'c']);
  });
  it('takes <br> parents first (in <br> order), then divs in document order, and never blank-only text', () => {
    document.body.innerHTML = '<div id="outer"><div id="inner">early<br>line</div>late<br>line</div>'
      + '<div id="nbsp">\u00a0<span>inline text only</span></div><div id="ws">\n\t <b>bold only</b>\n</div>'
      + '<section><div id="deep">own text</div></section>';
    expect(proseContainers(document).map((e) => e.id)).toEqual(['inner', 'outer', 'deep']);
    expect(proseContainers(document.querySelector('section')!).map((e) => e.id)).toEqual(['deep']);
  });
  it('finds divs on XHTML pages too, whose elements carry the XHTML namespace', () => {
    const xhtml = new DOMParser().parseFromString('<html xmlns="http://www.w3.org/1999/xhtml"><body><div id="x">own text</div><div id="y"> </div></body></html>', 'application/xhtml+xml');
    expect(proseContainers(xhtml).map((e) => e.id)).toEqual(['x']);
  });
  for (const [form, html] of Object.entries(FORMS)) {
    it(`passes the gate and is found as the article (${form})`, () => {
      page(html);
      expect(articleLead(document)?.split('\n').length).toBeGreaterThanOrEqual(3);
      expect(findArticleRoot(document, isHiddenByMarkup)?.className).toBe('story');
    });
  }
  it('reads other forms only when the title or first heading names the subject', () => {
    page(FORMS.brs, 'Tram line to close for repairs');
    expect(articleLead(document)).toBeNull();
  });
});

describe('a short article beside a big gallery or a list of teasers', () => {
  const caption = (i: number) => `Photo ${i}: supporters of the opposition gather in a square in central Paris, holding portraits, flags and banners, as organisers address the crowd from a stage, on a sunny afternoon.`;
  const article = `<div class="story-body">${texts.slice(0, 3).map((t) => `<p>${t}</p>`).join('')}</div>`;
  it('picks the article over a gallery whose captions are paragraphs', () => {
    page(`${article}<div class="photo-gallery">${Array.from({ length: 14 }, (_, i) => `<figure><img alt=""><figcaption><p>${caption(i)}</p></figcaption></figure>`).join('')}</div>`);
    expect(findArticleRoot(document, isHiddenByMarkup)?.className).toBe('story-body');
  });
  it('picks the article over a list of teaser cards with summaries', () => {
    page(`${article}<div class="teasers">${Array.from({ length: 14 }, (_, i) => `<div class="teaser-card"><h3><a href="#">Story ${i}</a></h3><p>${caption(i)}</p></div>`).join('')}</div>`);
    expect(findArticleRoot(document, isHiddenByMarkup)?.className).toBe('story-body');
  });
});
