// The text map walks what is rendered: a host's shadow tree rather than its light children, and a
// slot's assigned nodes (flattened through nested slots, or its fallback when nothing is assigned).
import { describe, expect, it } from 'vitest';
import { openShadowRoot } from '../../../lib/article/shadow.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';
import { collectText, nodeIndexAt } from '../../../lib/text-map/text-map.ts';
import { rangeFor } from '../../../lib/text-map/text-range.ts';

function host(light: string, shadow: string, mode: 'open' | 'closed' = 'open'): { el: HTMLElement; root: ShadowRoot } {
  document.body.innerHTML = `<div id="root"><x-card>${light}</x-card></div>`;
  const el = document.querySelector('x-card') as HTMLElement;
  const root = el.attachShadow({ mode });
  root.innerHTML = shadow;
  return { el: document.getElementById('root')!, root };
}

describe('collectText through shadow roots', () => {
  it('walks the shadow tree instead of the light children, and slots in what is assigned', () => {
    const { el } = host('<span slot="name">NCRI</span><em>not shown</em>', '<p>The <slot name="name"></slot> said</p><p>Next</p>');
    expect(collectText(el, isHiddenByMarkup, openShadowRoot).text).toBe('The NCRI said\nNext');
    // Without a way to read roots, the light children as before (what a page without hosts gets).
    expect(collectText(el, isHiddenByMarkup).text).toBe('NCRInot shown');
  });
  it('reads a closed root through the seam, and maps characters back to shadow text nodes', () => {
    const { el, root } = host('', '<p>Members of the <b>IRGC</b> spoke</p>', 'closed');
    const map = collectText(el, isHiddenByMarkup, (e) => (e.tagName === 'X-CARD' ? root : null));
    expect(map.text).toBe('Members of the IRGC spoke');
    const at = map.text.indexOf('IRGC');
    expect(map.nodes[nodeIndexAt(map, at)].getRootNode()).toBe(root);
    expect(rangeFor(document, map, at, at + 4).toString()).toBe('IRGC');
  });
  it('flattens a slot passed on into a nested component, and uses a slot’s fallback when nothing is assigned', () => {
    const { el, root } = host('<p>Slotted paragraph</p>', '<x-inner><slot></slot></x-inner><slot name="none">Fallback text</slot>');
    const inner = root.querySelector('x-inner')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<section>Before <slot></slot> after</section>';
    expect(collectText(el, isHiddenByMarkup, openShadowRoot).text).toBe('Before\nSlotted paragraph\nafter\nFallback text');
  });
  it('skips furniture and hidden elements inside shadow trees as in the light DOM', () => {
    const { el } = host('', '<p>Body</p><nav>NCRI</nav><p hidden>IRGC</p><div class="share">MEK</div>');
    expect(collectText(el, isHiddenByMarkup, openShadowRoot).text).toBe('Body');
  });
});
