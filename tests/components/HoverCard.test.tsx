import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '../../components/HoverCard.tsx';
import type { Dataset, Entry } from '../../lib/dataset/types.ts';
import mini from '../../tests/fixtures/mini-dataset.json';
import { bundledDataset } from '../support/bundled.ts';

const entries = (mini as Dataset).entries;
const byId = (id: string) => entries.find((e) => e.id === id) as Entry;
const placement = { top: 10, left: 20, maxHeight: null, side: 'below', sheet: false, arrow: 30 } as const;
let host: HTMLElement;
function mount(entry: Entry, props: Partial<HoverCardProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  const all: HoverCardProps = {
    entry, placement, tone: 'light', expanded: false, dataset: { version: '9.9', date: '2026-12-04' }, pageHost: 'news.example', onToggle: () => {}, onClose: () => {}, ...props,
  };
  render(<HoverCard {...all} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('HoverCard', () => {
  it('opens with kind, label and summary; the details wait behind "More"', () => {
    const el = mount(byId('ncri'));
    const dialog = el.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-labelledby')).toBe(el.querySelector('h2')!.id);
    expect(el.querySelector('h2')!.textContent).toBe('National Council of Resistance of Iran (NCRI)');
    expect(el.querySelector('.kind')!.textContent).toBe('Organisation');
    expect(el.querySelector('.summary')!.textContent).toBe(byId('ncri').summary);
    const more = el.querySelector('button.more')!;
    expect(more.textContent).toBe('More');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    const details = el.querySelector(`#${more.getAttribute('aria-controls')}`) as HTMLElement;
    expect(details.hidden).toBe(true);
    expect(details.contains(el.querySelector('.note'))).toBe(true);
  });

  it('shows note, perspective-labelled sources and a correction link when expanded', () => {
    const el = mount(byId('ncri'), { expanded: true });
    expect(el.querySelector('button.more')!.getAttribute('aria-expanded')).toBe('true');
    expect((el.querySelector('.details') as HTMLElement).hidden).toBe(false);
    expect(el.querySelector('.note')!.textContent).toBe('An exile coalition founded in 1981.');
    const links = [...el.querySelectorAll('a')];
    expect(links).toHaveLength(3);
    for (const a of links) expect([a.target, a.rel, a.href.slice(0, 8)]).toEqual(['_blank', 'noopener noreferrer', 'https://']);
    expect([...el.querySelectorAll('.perspective')].map((p) => p.textContent)).toEqual(['news agency', 'NCRI/MEK (opposition)']);
    const correction = el.querySelector('a.correction') as HTMLAnchorElement;
    expect(correction.textContent).toBe('Suggest a correction');
    expect(new URL(correction.href).searchParams.get('body')).toContain('Site: news.example');
  });

  it('shows the as-of date at a glance, with a warning only when it is over nine months older than the dataset', () => {
    const el = mount(byId('ncri'), { dataset: { version: '9.9', date: '2026-10-01' } });
    const asOf = el.querySelector('.as-of')!;
    expect(asOf.closest('.details')).toBeNull();
    expect(asOf.textContent).toBe('As of 1 Feb 2026');
    render(null, host);
    const late = mount(byId('ncri'), { dataset: { version: '9.9', date: '2026-12-04' } });
    expect(late.querySelector('.as-of')!.textContent).toBe('As of 1 Feb 2026 · may be out of date');
  });

  it('shows a statistic’s claim once, who makes it and the figures others give', () => {
    const el = mount(byId('executions-since-2024'), { expanded: true });
    const text = el.textContent!;
    expect(text.split('more than 2,500 people have been executed')).toHaveLength(2);
    expect(text).not.toContain('Claim:');
    expect(el.querySelector('.claim-by')!.textContent).toBe('(NCRI)');
    expect([...el.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['HRANA', '1,922', '2025']);
  });

  it('draws a statistic’s range bar with a text alternative listing every figure', () => {
    const stat = bundledDataset.entries.find((e) => e.id === 'stat-19-imminent-execution')!;
    const el = mount(stat);
    const svg = el.querySelector('svg.range-bar')!;
    expect(svg.getAttribute('role')).toBe('img');
    for (const f of stat.figures!) expect(svg.getAttribute('aria-label')).toContain(`${f.monitor} (`);
    expect(svg.querySelectorAll(':scope > g')).toHaveLength(stat.figures!.length + 1);
    expect(el.querySelector('.legend')!.textContent).toContain('scale from 0');
    expect(mount(byId('ncri')).querySelector('svg.range-bar')).toBeNull();
  });

  it('takes its place, tone and pointer from its props, and stays off-screen while measured', () => {
    const el = mount(byId('ncri'), { tone: 'dark', placement: { ...placement, side: 'above', maxHeight: 200 } });
    const card = el.querySelector('.card') as HTMLElement;
    expect(card.className).toBe('card kind-organisation tone-dark side-above');
    expect([card.style.top, card.style.left, card.style.maxHeight]).toEqual(['10px', '20px', '200px']);
    expect((el.querySelector('.arrow') as HTMLElement).style.left).toBe('30px');
    render(null, host);
    const measuring = mount(byId('ncri'), { placement: null, sheet: true }).querySelector('.card') as HTMLElement;
    expect([measuring.style.top, measuring.classList.contains('sheet'), !!measuring.querySelector('.arrow')]).toEqual(['-10000px', true, false]);
  });

  it('closes from its button and on Escape; "More" asks to toggle', () => {
    const onClose = vi.fn();
    const onToggle = vi.fn();
    const el = mount(byId('ncri'), { onClose, onToggle });
    (el.querySelector('button.close') as HTMLButtonElement).click();
    el.querySelector('[role="dialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
    (el.querySelector('button.more') as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
