import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Controls } from '../../components/Controls.tsx';
import type { EntryKind } from '../../lib/kinds.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';

let host: HTMLElement;
function mount(onChange = vi.fn(), site: string | null = 'news.example', settings = DEFAULT_SETTINGS, kinds?: EntryKind[]) {
  host = document.createElement('div');
  document.body.append(host);
  render(<Controls settings={settings} host={site} onChange={onChange} kinds={kinds} />, host);
  return { el: host, onChange };
}
const box = (el: HTMLElement, text: string) =>
  [...el.querySelectorAll('label')].find((l) => l.textContent!.includes(text))!.querySelector('input')!;
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Controls', () => {
  it('turns highlights off for this site in one click', () => {
    const { el, onChange } = mount();
    box(el, 'Highlights on news.example').click();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['news.example'] });
  });
  it('turns a kind off, and lists every kind with its colour as a legend', () => {
    const { el, onChange } = mount();
    expect(el.querySelectorAll('.legend .swatch')).toHaveLength(7);
    box(el, 'Statistics').click();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, hiddenKinds: ['statistic'] });
  });
  it('offers switches only for the kinds it is given (those the dataset has)', () => {
    const { el } = mount(vi.fn(), 'news.example', DEFAULT_SETTINGS, ['person', 'statistic']);
    expect([...el.querySelectorAll('.kind-toggle')].map((l) => l.textContent)).toEqual(['AaPeople', 'AaStatistics']);
  });
  it('is the Settings section, with a visible heading', () => {
    const { el } = mount();
    expect(el.querySelector('section h2')!.textContent).toBe('Settings');
  });
  it('has a global switch', () => {
    const { el, onChange } = mount();
    box(el, 'Backstory on').click();
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
  });
  it('offers no site switch on pages that are not websites', () => {
    const { el } = mount(vi.fn(), null);
    expect(el.textContent).not.toContain('Highlights on');
  });
});
