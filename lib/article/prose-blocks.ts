import { tagOf } from './element-rules.ts';

// Aggregators and older CMSs print a syndicated text without <p>: one block with <br><br> between
// paragraphs, bare text in <div>s, or text styled `white-space: pre-line` with blank lines. Like
// Readability, which turns <br> chains and text-only divs into paragraphs, the gate and the finder
// read such runs as paragraphs. Only their text is read; the page is never changed.

/** Tags whose text runs on inside the surrounding paragraph. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL', 'MARK', 'Q', 'S', 'SMALL',
  'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** A blank line inside a text node (pre-line text) ends a paragraph. */
const BLANK_LINE = /\n[ \t\r]*\n/;

/**
 * The paragraphs a container prints among its own children: text runs ended by two or more <br>s in
 * a row, by a blank line, or by a block child (which is read on its own, if at all).
 */
export function paragraphsOf(container: Element): string[] {
  const out: string[] = [];
  let run = '';
  let breaks = 0;
  const flush = () => {
    const text = run.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    run = '';
  };
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const pieces = (n as Text).data.split(BLANK_LINE);
      pieces.forEach((piece, i) => {
        if (i > 0) flush();
        run += piece;
      });
      if (/\S/.test((n as Text).data)) breaks = 0;
    } else if (n.nodeType === 1) {
      const tag = tagOf(n as Element);
      if (tag === 'BR') {
        if (++breaks >= 2) flush();
        run += ' ';
      } else if (INLINE.has(tag)) {
        run += n.textContent ?? '';
        breaks = 0;
      } else {
        flush();
        breaks = 0;
      }
    }
  }
  flush();
  return out;
}

/** True when the element holds text of its own (not only inside child elements). */
function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  return false;
}

/** Containers the finder and the gate read at most: a page of thousands of <br>s is not read whole. */
export const MAX_CONTAINERS = 400;
/** <div>s looked at for text of their own, at most: a page of 100,000 empty layout divs is not walked. */
const MAX_DIVS = 5000;

/**
 * The first MAX_DIVS <div>s that may hold text of their own, in document order. The engine's XPath
 * tests every div natively and hands back only those with a non-blank text child (XML whitespace:
 * a superset of hasOwnText's \S, which then decides), so the thousands of layout divs on a news page
 * never get a script wrapper; walking them from script was most of the finder's time on such pages.
 */
function divsWithText(root: Element | Document): Element[] {
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.contentType !== 'text/html') {
    // XHTML keeps its elements in a namespace an unprefixed XPath name test does not match: walk them.
    const divs = root.getElementsByTagName('div');
    return Array.from({ length: Math.min(divs.length, MAX_DIVS) }, (_, i) => divs[i]).filter(hasOwnText);
  }
  const found = doc.evaluate(`(.//div)[position() <= ${MAX_DIVS}][text()[normalize-space()]]`, root, null, 7, null);
  const out: Element[] = [];
  for (let i = 0; i < found.snapshotLength; i++) {
    const div = found.snapshotItem(i) as Element;
    if (hasOwnText(div)) out.push(div);
  }
  return out;
}

/**
 * Elements that print paragraphs without <p>: parents of <br>s, and <div>s with text of their own.
 * In document order of discovery, each once, at most MAX_CONTAINERS.
 */
export function proseContainers(root: Element | Document): Element[] {
  const found = new Set<Element>();
  const brs = root.getElementsByTagName('br');
  for (let i = 0; i < brs.length && found.size < MAX_CONTAINERS; i++) {
    const parent = brs[i].parentElement;
    if (parent && tagOf(parent) !== 'P' && !found.has(parent) && hasOwnText(parent)) found.add(parent);
  }
  for (const div of divsWithText(root)) {
    if (found.size >= MAX_CONTAINERS) break;
    found.add(div);
  }
  return [...found];
}
