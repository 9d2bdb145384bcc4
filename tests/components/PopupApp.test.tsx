import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps, type PopupState } from '../../components/PopupApp.tsx';
import type { Dataset } from '../../lib/dataset/types.ts';
import type { AnnotationItem } from '../../lib/messages.ts';
import { DEFAULT_SETTINGS } from '../../lib/settings.ts';
import mini from '../../tests/fixtures/mini-dataset.json';

const dataset = mini as Dataset;
let host: HTMLElement;
function mount(state: PopupState, props: Partial<PopupAppProps> = {}) {
  host = document.createElement('div');
  document.body.append(host);
  render(<PopupApp state={state} dataset={dataset} {...props} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

const ready = (annotations: AnnotationItem[], opEdId: string | null = 'oped-why-iran-executes'): PopupState => ({
  status: 'ready',
  response: { article: { found: true, opEdId }, annotations },
});
const OPED = ready([
  { entryId: 'ncri', kind: 'organisation', text: 'NCRI' },
  { entryId: 'mek', kind: 'organisation', text: 'MEK' },
  { entryId: 'ncri', kind: 'organisation', text: 'National Council of Resistance of Iran' },
  { entryId: 'executions-since-2024', kind: 'statistic', text: 'more than 2,500 people' },
]);
const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLButtonElement>('button.term')];
const labels = (el: HTMLElement) => rows(el).map((b) => b.querySelector('.term-label')!.textContent);
const message = (el: HTMLElement) => el.querySelector('.message')?.textContent ?? '';
const withSettings = { settings: DEFAULT_SETTINGS, host: 'news.example', onSettings: vi.fn() };

describe('PopupApp on the op-ed', () => {
  it('opens with the article’s summary and where its figures come from', () => {
    const el = mount(OPED);
    const top = el.querySelector('main > :nth-child(2)')!;
    expect(top.matches('section.article')).toBe(true);
    expect(top.querySelector('h2')!.textContent).toBe('This article: Why Iran\'s Regime Is Executing Its Own People? – OpEd');
    expect(top.querySelector('.summary')!.textContent).toContain('A short neutral summary of Why Iran');
    expect(top.querySelector('.figures')!.textContent).toBe('Figures. The article names no source for its one figure.');
  });
  it('says nothing of figures when no statistic is on the page', () => {
    const el = mount(ready([{ entryId: 'ncri', kind: 'organisation', text: 'NCRI' }]));
    expect(el.querySelector('.figures')).toBeNull();
    expect(el.querySelector('.article .summary')).not.toBeNull();
  });
  it('lists one compact row per term, grouped under a heading for its kind, with its mention count', () => {
    const el = mount(OPED);
    expect([...el.querySelectorAll('section.group > h3')].map((h) => h.textContent)).toEqual(['Organisations', 'Statistics']);
    expect(labels(el)).toEqual(['National Council of Resistance of Iran (NCRI)', "People's Mojahedin Organisation of Iran (PMOI/MEK)", 'More than 2,500 executions']);
    expect(rows(el)[0].querySelector('.term-meta')!.textContent).toBe('2 mentions');
    expect(rows(el)[1].querySelector('.count')!.textContent).toBe('1 mention');
    expect(el.querySelector('#terms-title')!.textContent).toBe('Terms on this page (3)');
  });
  it('expands a row to its summary, as-of date, sources, "Show on page" and "Suggest a correction"', () => {
    const onShow = vi.fn();
    const el = mount(OPED, { onShow, host: 'news.example' });
    const row = rows(el)[1];
    const panel = el.querySelector<HTMLElement>(`#${row.getAttribute('aria-controls')}`)!;
    expect(row.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    act(() => row.click());
    expect(row.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector('.summary')!.textContent).toContain('A short neutral summary of People');
    // 1 Feb 2026 is more than nine months before the mini dataset's review (25 Nov 2026).
    expect(panel.querySelector('.as-of')!.textContent).toBe('As of 1 Feb 2026 · may be out of date');
    expect(panel.querySelectorAll('.sources a')).toHaveLength(2);
    const correction = panel.querySelector<HTMLAnchorElement>('a.correction')!;
    expect(new URL(correction.href).searchParams.get('body')).toContain('Site: news.example');
    panel.querySelector<HTMLButtonElement>('button.show')!.click();
    expect(onShow).toHaveBeenCalledWith('mek');
    act(() => row.click());
    expect(panel.hidden).toBe(true);
  });
  it('narrows the rows by label, alias or summary text as the reader types', () => {
    const el = mount(OPED);
    const box = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(el.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Filter');
    const type = (text: string) => act(() => {
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    type('pmoi');
    expect(labels(el)).toEqual(["People's Mojahedin Organisation of Iran (PMOI/MEK)"]);
    expect(el.querySelector('.filter-count')!.textContent).toBe('1 of 3 terms match.');
    type('executions');
    expect(labels(el)).toEqual(['More than 2,500 executions']);
    expect([...el.querySelectorAll('section.group > h3')].map((h) => h.textContent)).toEqual(['Statistics']);
    type('zzz');
    expect(labels(el)).toEqual([]);
    expect(el.querySelector('.filter-count')!.textContent).toBe('No term matches “zzz”.');
    type('');
    expect(labels(el)).toHaveLength(3);
  });
  it('puts the settings and keys after the terms, and the dataset line last', () => {
    const el = mount(OPED, { ...withSettings, shortcuts: [{ name: 'n', label: 'Next term', keys: 'Alt+Shift+N' }] });
    const order = [...el.querySelectorAll('main > *')].map((n) => n.className);
    expect(order).toEqual(['', 'article', 'terms', 'controls', 'keys', 'dataset']);
    expect(el.querySelector('.controls h2')!.textContent).toBe('Settings');
    expect(el.querySelector('.dataset')!.textContent).toContain('Dataset 0.0.1-test');
  });
});

describe('PopupApp states with nothing to list', () => {
  it('says Backstory is off everywhere, and turns it on right there', () => {
    const onSettings = vi.fn();
    const el = mount(ready([]), { ...withSettings, settings: { ...DEFAULT_SETTINGS, enabled: false }, onSettings });
    expect(message(el)).toContain('Backstory is switched off');
    expect(message(el)).not.toContain('does not name');
    el.querySelector<HTMLButtonElement>('.notice button')!.click();
    expect(onSettings).toHaveBeenCalledWith(DEFAULT_SETTINGS);
  });
  it('says Backstory is off on this site, and turns it on for the site', () => {
    const onSettings = vi.fn();
    const el = mount(ready([]), { ...withSettings, settings: { ...DEFAULT_SETTINGS, disabledSites: ['news.example', 'b.example'] }, onSettings });
    expect(message(el)).toContain('switched off on news.example');
    const button = el.querySelector<HTMLButtonElement>('.notice button')!;
    expect(button.textContent).toBe('Turn on for news.example');
    button.click();
    expect(onSettings).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['b.example'] });
  });
  it('on a page Backstory does not cover, says what it covers and that nothing matched', () => {
    for (const article of [{ found: false, opEdId: null }, { found: true, opEdId: null }]) {
      const el = mount({ status: 'ready', response: { article, annotations: [] } }, withSettings);
      expect(message(el)).toBe(
        "Nothing on this page matched Backstory’s notes. It covers the op-ed “Why Iran's Regime Is Executing Its Own People? – OpEd” and articles on the same subject.",
      );
      expect(el.querySelector('.notice')).toBeNull();
      render(null, host);
      host.remove();
    }
  });
  it('mentions switched-off kinds when they may hide the terms', () => {
    const el = mount(ready([]), { ...withSettings, settings: { ...DEFAULT_SETTINGS, hiddenKinds: ['organisation'] } });
    expect(message(el)).toContain('Some kinds of terms are switched off in Settings below.');
  });
  it('says extensions cannot run on the page instead of spinning', () => {
    const el = mount({ status: 'unreachable' }, withSettings);
    expect(message(el)).toContain('cannot read this page');
    expect(message(el)).toContain('extension stores');
  });
  it('says it is reading while the page has not answered', () => {
    expect(message(mount({ status: 'loading' }))).toBe('Reading this page…');
  });
});
