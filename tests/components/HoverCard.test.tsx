import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard.tsx';
import type { Dataset, Entry } from '../../lib/dataset/types.ts';
import mini from '../../tests/fixtures/mini-dataset.json';

const entries = (mini as Dataset).entries;
const byId = (id: string) => entries.find((e) => e.id === id) as Entry;
let host: HTMLElement;
function mount(entry: Entry, onClose = () => {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(<HoverCard entry={entry} position={{ top: 10, left: 20 }} datasetVersion="9.9" onClose={onClose} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('HoverCard', () => {
  it('shows label, kind, note, as-of date and perspective-labelled sources', () => {
    const el = mount(byId('ncri'));
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe(el.querySelector('h2')!.id);
    expect(el.querySelector('h2')!.textContent).toBe('National Council of Resistance of Iran (NCRI)');
    expect(el.querySelector('.kind')!.textContent).toBe('Organisation');
    expect(el.querySelector('.note')!.textContent).toBe('An exile coalition founded in 1981.');
    expect(el.querySelector('.as-of')!.textContent).toBe('As of 1 Feb 2026');
    const links = [...el.querySelectorAll('a')];
    expect(links).toHaveLength(2);
    for (const a of links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
      expect(a.href).toMatch(/^https:\/\//);
    }
    expect([...el.querySelectorAll('.perspective')].map((p) => p.textContent)).toEqual(['news agency', 'NCRI/MEK (opposition)']);
  });
  it('shows a statistic’s claim, who makes it and the figures others give', () => {
    const el = mount(byId('executions-since-2024'));
    expect(el.querySelector('.claim')!.textContent).toContain('more than 2,500 people have been executed');
    expect(el.querySelector('.claim-by')!.textContent).toBe('(NCRI)');
    expect([...el.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['HRANA', '1,922', '2025']);
  });
  it('renders note markup only through the sanitiser', () => {
    const el = mount({ ...byId('ncri'), note: 'A <em>b</em><img src=x onerror="alert(1)">' });
    expect(el.querySelector('.note')!.innerHTML).toBe('A <em>b</em>');
  });
  it('closes from its button and on Escape', () => {
    const onClose = vi.fn();
    const el = mount(byId('ncri'), onClose);
    (el.querySelector('button.close') as HTMLButtonElement).click();
    el.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });
});
