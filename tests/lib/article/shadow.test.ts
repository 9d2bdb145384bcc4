// Articles inside shadow roots: the gate's lead, the finder and the whole annotation read through
// open roots, closed ones (through the seam the extension API fills), nested ones and slots.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/annotate/annotate-article.ts';
import { findArticleRoot } from '../../../lib/article/find-article-root.ts';
import { articleLead, articleShadowRoots, shadowArticleLead } from '../../../lib/article/is-probably-article.ts';
import { openShadowRoot, shadowRootsHolding, shadowRootsIn, type ShadowRootOf } from '../../../lib/article/shadow.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';
import type { Dataset } from '../../../lib/dataset/types.ts';
import mini from '../../fixtures/mini-dataset.json';
import { modelFor } from '../../support/model.ts';

const opEd = readFileSync(path.resolve(__dirname, '../../../assets/articles/oped-why-iran-executes.txt'), 'utf8');
const model = modelFor(mini as Dataset, { 'oped-why-iran-executes': opEd });
const paragraphs = opEd.split('\n').slice(1).filter(Boolean);
const ARTICLE = `<article><h2>Opinion</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;

/** Closed roots, as the extension API would hand them over. */
const closed = new Map<Element, ShadowRoot>();
const withClosed: ShadowRootOf = (el) => el.shadowRoot ?? closed.get(el) ?? null;

/** A page whose light DOM has only furniture, and a host whose shadow root (open or closed) holds the op-ed. */
function shadowPage(mode: 'open' | 'closed', title = 'Why Iran’s Regime Is Executing Its Own People?'): ShadowRoot {
  document.title = title;
  document.body.innerHTML = '<nav><a href="#">Home</a></nav><x-oped></x-oped><footer><p>About us</p></footer>';
  const host = document.querySelector('x-oped')!;
  const root = host.attachShadow({ mode });
  if (mode === 'closed') closed.set(host, root);
  root.innerHTML = ARTICLE;
  return root;
}

beforeEach(() => closed.clear());

describe('the gate through shadow roots', () => {
  it('finds the lead inside an open root when the title names the subject', () => {
    shadowPage('open');
    expect(articleLead(document)).toBeNull();
    expect(shadowArticleLead(document, openShadowRoot)).toContain(paragraphs[0]);
  });
  it('finds it inside a closed root only through the seam', () => {
    shadowPage('closed');
    expect(shadowArticleLead(document, openShadowRoot)).toBeNull();
    expect(shadowArticleLead(document, withClosed)).toContain(paragraphs[0]);
  });
  it('never walks the page when neither the title nor the first heading names the subject', () => {
    shadowPage('open', 'Grain prices');
    let asked = 0;
    expect(shadowArticleLead(document, (el) => (asked++, el.shadowRoot))).toBeNull();
    expect(articleShadowRoots(document, (el) => (asked++, el.shadowRoot))).toEqual([]);
    expect(asked).toBe(0);
    document.title = 'Iran: the op-ed';
    expect(articleShadowRoots(document, openShadowRoot)).toHaveLength(1);
  });
  it('bounds the walk for hosts, and asks the seam only about elements that can host a root', () => {
    shadowPage('open');
    document.body.insertAdjacentHTML('afterbegin', `<ul>${'<li><a href="#"><em>x</em></a></li>'.repeat(50)}</ul>`);
    const asked: string[] = [];
    const spy: ShadowRootOf = (el) => (asked.push(el.tagName), el.shadowRoot);
    expect(shadowRootsIn(document, spy, 40)).toEqual([]);
    expect(shadowRootsIn(document, spy)).toHaveLength(1);
    expect(asked.filter((tag) => ['UL', 'LI', 'A', 'EM'].includes(tag))).toEqual([]);
  });
});

describe('finding and annotating the article through shadow roots', () => {
  it('scores paragraphs inside an open root up across the host', () => {
    const root = shadowPage('open');
    expect(findArticleRoot(document, isHiddenByMarkup)).not.toBe(root.querySelector('article'));
    expect(findArticleRoot(document, isHiddenByMarkup, openShadowRoot)).toBe(root.querySelector('article'));
  });
  it('recognises the op-ed in a closed root, with ranges inside it', () => {
    const root = shadowPage('closed');
    expect(annotateDocument(document, model, isHiddenByMarkup, openShadowRoot).found).toBe(false);
    const result = annotateDocument(document, model, isHiddenByMarkup, withClosed);
    expect(result.opEdId).toBe('oped-why-iran-executes');
    expect(result.occurrences.map((o) => o.text)).toContain('National Council of Resistance of Iran');
    expect(result.occurrences.every((o) => o.range.startContainer.getRootNode() === root && o.range.toString() === o.text)).toBe(true);
  });
  it('reads the roots when the light DOM holds an article that is not about the subject', () => {
    // A site's other stories stay in the light DOM; its article is rendered into a component.
    const root = shadowPage('open');
    const other = 'The council approved a new budget for road repairs, library hours and the swimming pool, after a long debate about the cost of maintaining older bridges across the river.';
    document.body.insertAdjacentHTML('afterbegin', `<section>${`<p>${other}</p>`.repeat(12)}</section>`);
    expect(articleLead(document)).not.toBeNull();
    expect(annotateDocument(document, model, isHiddenByMarkup).opEdId).toBeNull();
    const result = annotateDocument(document, model, isHiddenByMarkup, openShadowRoot);
    expect(result.opEdId).toBe('oped-why-iran-executes');
    expect(result.occurrences.every((o) => o.range.startContainer.getRootNode() === root)).toBe(true);
  });
  it('keeps the light DOM\'s article, and never reads roots, when that article has findings', () => {
    shadowPage('open');
    document.body.insertAdjacentHTML('afterbegin', ARTICLE);
    let asked = 0;
    const result = annotateDocument(document, model, isHiddenByMarkup, (el) => (asked++, el.shadowRoot));
    expect(result.opEdId).toBe('oped-why-iran-executes');
    expect(result.occurrences.every((o) => o.range.startContainer.getRootNode() === document)).toBe(true);
    expect(asked).toBe(0);
    expect(result.roots).toEqual([]);
  });
  it('hands back the roots it read, so a page that shows nothing yet watches them without another walk', () => {
    const root = shadowPage('open');
    root.innerHTML = '<p>Loading…</p>'; // the component has not rendered its article yet
    const result = annotateDocument(document, model, isHiddenByMarkup, openShadowRoot);
    expect(result.found).toBe(false);
    expect(result.roots).toEqual([root]);
    document.title = 'Tram line to close for repairs';
    document.body.querySelector('x-oped')!.remove();
    document.body.insertAdjacentHTML('beforeend', '<x-other></x-other>');
    document.querySelector('x-other')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Text</p>';
    expect(annotateDocument(document, model, isHiddenByMarkup, openShadowRoot).roots).toEqual([]);
  });
  it('reads slotted paragraphs of a component nested in another root, and lists both roots for styling', () => {
    document.title = 'Iran: the op-ed';
    document.body.innerHTML = '<x-page></x-page>';
    const outer = document.querySelector('x-page')!.attachShadow({ mode: 'open' });
    outer.innerHTML = `<x-frame>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</x-frame>`;
    const inner = outer.querySelector('x-frame')!.attachShadow({ mode: 'closed' });
    closed.set(outer.querySelector('x-frame')!, inner);
    inner.innerHTML = '<div class="story"><slot></slot></div>';
    const result = annotateDocument(document, model, isHiddenByMarkup, withClosed);
    expect(result.opEdId).toBe('oped-why-iran-executes');
    expect(result.occurrences.length).toBeGreaterThan(5);
    // The paragraphs live in the outer root (slotted into the inner one): styles go to both.
    expect(shadowRootsHolding(result.occurrences.map((o) => o.range))).toEqual([outer]);
    const span = inner.querySelector('.story')!.appendChild(document.createElement('span'));
    span.textContent = 'x';
    const r = document.createRange();
    r.selectNodeContents(span);
    expect(shadowRootsHolding([r])).toEqual([inner, outer]);
  });
});
