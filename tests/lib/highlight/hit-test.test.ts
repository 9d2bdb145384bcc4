import { describe, expect, it } from 'vitest';
import { caretAtFor, hitTest, type CaretAt } from '../../../lib/highlight/hit-test.ts';

function setup() {
  document.body.innerHTML = '<p>The NCRI and the IRGC.</p>';
  const text = document.querySelector('p')!.firstChild as Text;
  const make = (from: number, to: number, box: DOMRect) => {
    const r = document.createRange();
    r.setStart(text, from);
    r.setEnd(text, to);
    // jsdom has no layout: give each range the box a browser would.
    r.getClientRects = () => [box] as unknown as DOMRectList;
    return r;
  };
  const ncri = make(4, 8, { left: 30, right: 70, top: 0, bottom: 20 } as DOMRect);
  const irgc = make(17, 21, { left: 130, right: 170, top: 0, bottom: 20 } as DOMRect);
  return { text, ranges: [ncri, irgc] };
}

describe('hitTest', () => {
  it('returns the range under the caret when the point is inside its box', () => {
    const { text, ranges } = setup();
    const caretAt: CaretAt = (x) => ({ node: text, offset: x < 100 ? 5 : 18 });
    expect(hitTest(ranges, caretAt, 50, 10)).toBe(0);
    expect(hitTest(ranges, caretAt, 150, 10)).toBe(1);
  });
  it('ignores a caret that snapped to a highlight from outside its box', () => {
    const { text, ranges } = setup();
    expect(hitTest(ranges, () => ({ node: text, offset: 5 }), 50, 300)).toBe(-1);
  });
  it('returns -1 when there is no caret or it is outside every range', () => {
    const { text, ranges } = setup();
    expect(hitTest(ranges, () => null, 50, 10)).toBe(-1);
    expect(hitTest(ranges, () => ({ node: text, offset: 12 }), 100, 10)).toBe(-1);
  });
});

describe('caretAtFor', () => {
  it('asks for carets inside the shadow roots holding highlights, and plainly when there are none', () => {
    const calls: unknown[][] = [];
    const text = document.createTextNode('x');
    const doc = { caretPositionFromPoint: (...args: unknown[]) => (calls.push(args), { offsetNode: text, offset: 0 }) } as unknown as Document;
    document.body.innerHTML = '<x-oped></x-oped>';
    const root = document.querySelector('x-oped')!.attachShadow({ mode: 'closed' });
    let roots: ShadowRoot[] = [];
    const caretAt = caretAtFor(doc, () => roots);
    expect(caretAt(1, 2)).toEqual({ node: text, offset: 0 });
    roots = [root];
    caretAt(3, 4);
    expect(calls).toEqual([[1, 2], [3, 4, { shadowRoots: [root] }]]);
  });
});
