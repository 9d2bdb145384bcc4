import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Welcome, type WelcomeProps } from '../../components/Welcome.tsx';

const props: WelcomeProps = {
  opEdTitle: 'Why Iran’s Regime Is Executing Its Own People? – OpEd',
  shortcuts: [
    { name: 'next-annotation', label: 'Next term', keys: 'Alt+Shift+N' },
    { name: 'previous-annotation', label: 'Previous term', keys: null },
  ],
  shortcutsPlace: 'chrome://extensions/shortcuts',
  images: { icon: '/icon.svg', card: '/welcome/card.png', popup: '/welcome/popup.png' },
};

let host: HTMLElement;
function mount(overrides: Partial<WelcomeProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(<Welcome {...props} {...overrides} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Welcome', () => {
  it('names the op-ed and what is covered where', () => {
    const covers = mount().querySelector('section[aria-labelledby="covers"]')!.textContent!;
    expect(covers).toContain(`“${props.opEdTitle}”`);
    expect(covers).toMatch(/Other articles on the same subject.*never the op-ed’s own figures/);
    expect(covers).toMatch(/Every other page: nothing is highlighted/);
  });
  it('lists each shortcut with its keys, or "not set", and where to change them', () => {
    const el = mount();
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]);
    expect(rows).toEqual([
      ['Alt+Shift+N', 'Next term'],
      ['not set', 'Previous term'],
    ]);
    expect(el.querySelector('section[aria-labelledby="keys"]')!.textContent).toContain('chrome://extensions/shortcuts');
  });
  it('says so when the browser has no shortcuts for extensions', () => {
    const el = mount({ shortcuts: [] });
    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('section[aria-labelledby="keys"] p')!.textContent).toMatch(/no keyboard shortcuts/);
  });
  it('promises no network requests, and shows both screenshots with text alternatives', () => {
    const el = mount();
    expect(el.querySelector('section[aria-labelledby="privacy"]')!.textContent).toMatch(/no network requests.*Nothing you read leaves your browser/);
    const shots = [...el.querySelectorAll('figure img')] as HTMLImageElement[];
    expect(shots.map((i) => i.getAttribute('src'))).toEqual([props.images.card, props.images.popup]);
    for (const img of shots) expect(img.alt.length).toBeGreaterThan(30);
    // No remote image, font or link anywhere on the page.
    expect(el.innerHTML).not.toMatch(/https?:/);
  });
});
