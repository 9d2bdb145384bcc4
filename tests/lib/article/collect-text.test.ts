import { describe, expect, it } from 'vitest';
import { collectText, nodeIndexAt } from '../../../lib/article/collect-text';
import { isHiddenByMarkup } from '../../../lib/article/visibility';

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
  it('keeps text and offsets exact across its 65,536-character storage chunks', () => {
    const chunk = 1 << 16;
    // A trailing space in the chunk's last slot becomes the block separator; a surrogate pair
    // straddles the next boundary; the map still points every character at its node and offset.
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
  it('reads the page without changing it', () => {
    const el = root('<p>The <em>NCRI</em> and the <a href="#">IRGC</a></p>');
    const before = el.innerHTML;
    collectText(el, isHiddenByMarkup);
    expect(el.innerHTML).toBe(before);
  });
});

