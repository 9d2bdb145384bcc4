import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectText, nodeIndexAt } from '../../../lib/text-map/text-map.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';
import { foldCodeKeepCase, isIgnorableCode, isSpaceCode } from '../../../lib/text/normalise-char.ts';

function root(html: string): HTMLElement {
  document.body.innerHTML = `<div id="root">${html}</div>`;
  return document.getElementById('root')!;
}

describe('collectText', () => {
  it('joins inline elements into one run and separates blocks', () => {
    const map = collectText(root('<p>People’s <a><em>Mojahedin</em> Organisation</a> of Iran</p><p>Next</p>'), isHiddenByMarkup);
    expect(map.text).toBe("People's Mojahedin Organisation of Iran\nNext");
  });
  it('never collects text from scripts, form fields, code, editors or hidden elements', () => {
    const map = collectText(
      root(
        '<p>Shown</p><script>NCRI</script><style>.x{}</style><textarea>NCRI</textarea><select><option>NCRI</option></select>' +
          '<code>NCRI</code><pre>NCRI</pre><div contenteditable="true">NCRI</div><p hidden>NCRI</p>' +
          '<p style="display:none">NCRI</p><p aria-hidden="true">NCRI</p><input value="NCRI"><p>End</p>',
      ),
      isHiddenByMarkup,
    );
    expect(map.text).toBe('Shown\nEnd');
  });
  it('skips navigation, asides, footers and furniture such as comment boxes', () => {
    const map = collectText(
      root('<nav>NCRI</nav><p>Body</p><aside>NCRI</aside><div class="comments">NCRI</div><footer>NCRI</footer><ul><li><a href="#">NCRI rally</a></li></ul>'),
      isHiddenByMarkup,
    );
    expect(map.text).toBe('Body');
  });
  it('maps every normalised character back to its node and offset', () => {
    const el = root('<p>  The  <b>NCRI</b>\u00a0says</p>');
    const map = collectText(el, isHiddenByMarkup);
    expect(map.text).toBe('The NCRI says');
    const at = map.text.indexOf('NCRI');
    const node = map.nodes[nodeIndexAt(map, at)];
    expect(node.data.slice(map.offsetAt(at), map.offsetAt(at) + 4)).toBe('NCRI');
    const says = map.text.indexOf('says');
    expect(map.nodes[nodeIndexAt(map, says)].data.slice(map.offsetAt(says))).toBe('says');
  });
  it('keeps text and offsets exact in very long paragraphs', () => {
    const chunk = 1 << 16;
    // A paragraph's trailing space becomes the block separator; a surrogate pair sits deep in the
    // next one; the map still points every character at its node and offset.
    const first = `${'x'.repeat(chunk - 1)} `;
    const second = `${'y'.repeat(chunk - 1)}😀 NCRI`;
    const map = collectText(root(`<p>${first}</p><p>${second}</p>`), isHiddenByMarkup);
    expect(map.text).toBe(`${'x'.repeat(chunk - 1)}\n${second}`);
    expect(map.text[chunk - 1]).toBe('\n');
    expect(map.offsetAt(chunk - 1)).toBe(-1);
    const at = map.text.indexOf('NCRI');
    expect(at).toBeGreaterThan(2 * chunk - 1);
    const node = map.nodes[nodeIndexAt(map, at)];
    expect(node.data.slice(map.offsetAt(at), map.offsetAt(at) + 4)).toBe('NCRI');
    expect(map.offsetAt(chunk)).toBe(0);
  });
  it('maps an empty or all-space article to empty text', () => {
    const map = collectText(root('<p> \u00a0 </p><p>\u200b</p>'), isHiddenByMarkup);
    expect(map.text).toBe('');
    expect(map.offsetAt(0)).toBe(-1);
  });
  it('normalises exactly as the character rules of normalise-char say, node by node (property)', () => {
    // The rules, one character at a time: the definition the native regular expressions must keep.
    const reference = (el: Element) => {
      let text = '';
      const at: { node: Text | null; offset: number }[] = [];
      let last = 0; // 0 start, 1 space, 2 separator, 3 other
      const walk = (node: Node) => {
        if (node.nodeType === 3) {
          const data = (node as Text).data;
          for (let i = 0; i < data.length; i++) {
            const code = data.charCodeAt(i);
            let out: number;
            if (isSpaceCode(code)) {
              if (last !== 3) continue;
              out = 0x20;
              last = 1;
            } else if (isIgnorableCode(code)) continue;
            else {
              out = foldCodeKeepCase(code);
              last = 3;
            }
            text += String.fromCharCode(out);
            at.push({ node: node as Text, offset: i });
          }
          return;
        }
        const block = () => {
          if (node === el || (node as Element).tagName !== 'P' || last === 0 || last === 2) return;
          if (last === 1) { text = text.slice(0, -1); at.pop(); }
          text += '\n';
          at.push({ node: null, offset: -1 });
          last = 2;
        };
        block(); // a block starts and ends a run of text
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
        block();
      };
      walk(el);
      if (last === 1 || last === 2) { text = text.slice(0, -1); at.pop(); }
      return { text, at };
    };
    const piece = fc.constantFrom('a', 'Z', 'NCRI', ' ', '  ', '\n  ', '\t', '\u00a0', '\u2009', '\u3000', '\u200b', '\u00ad', '\ufeff', '’', '‘', '“', '”', '«', '–', '—', '\u2212', '`', 'É', 'ß', '\u0007', '😀');
    const textNode = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
    const paragraph = fc.array(fc.tuple(textNode, fc.boolean()), { maxLength: 4 }).map((runs) => `<p>${runs.map(([t, em]) => (em ? `<em>${t}</em>` : t)).join('')}</p>`);
    fc.assert(
      fc.property(fc.array(fc.oneof(paragraph, textNode), { maxLength: 5 }), (parts) => {
        const el = root('');
        el.innerHTML = parts.join('');
        const map = collectText(el, isHiddenByMarkup);
        const want = reference(el);
        expect(map.text).toBe(want.text);
        for (let i = 0; i < want.text.length; i++) {
          const { node, offset } = want.at[i];
          expect(map.offsetAt(i)).toBe(offset);
          if (node) expect(map.nodes[nodeIndexAt(map, i)]).toBe(node);
        }
      }),
      { seed: 20261202, numRuns: 600 },
    );
  });
  it('reads the page without changing it', () => {
    const el = root('<p>The <em>NCRI</em> and the <a href="#">IRGC</a></p>');
    const before = el.innerHTML;
    collectText(el, isHiddenByMarkup);
    expect(el.innerHTML).toBe(before);
  });
});

