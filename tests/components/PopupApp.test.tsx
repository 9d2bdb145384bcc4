import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupState } from '../../components/PopupApp.tsx';
import type { Dataset } from '../../lib/dataset/types.ts';
import mini from '../../tests/fixtures/mini-dataset.json';

const dataset = mini as Dataset;
let host: HTMLElement;
function mount(state: PopupState, onShow?: (id: string) => void) {
  host = document.createElement('div');
  document.body.append(host);
  render(<PopupApp state={state} dataset={dataset} onShow={onShow} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('PopupApp', () => {
  it('lists annotated terms grouped by kind with notes and sources, the article first', () => {
    const el = mount({
      status: 'ready',
      response: {
        article: { found: true, opEdId: 'oped-why-iran-executes' },
        annotations: [
          { entryId: 'ncri', kind: 'organisation', text: 'NCRI' },
          { entryId: 'ncri', kind: 'organisation', text: 'National Council of Resistance of Iran' },
          { entryId: 'executions-since-2024', kind: 'statistic', text: 'more than 2,500 people' },
        ],
      },
    });
    expect(el.querySelector('.article h2')!.textContent).toContain('This article');
    expect([...el.querySelectorAll('section.group > h2')].map((h) => h.textContent)).toEqual(['Organisations', 'Statistics']);
    const ncri = el.querySelector('#entry-ncri')!.closest('article')!;
    expect(ncri.querySelector('.count')!.textContent).toBe('2 mentions');
    expect(ncri.querySelectorAll('.sources a')).toHaveLength(2);
    expect(el.querySelector('.dataset')!.textContent).toContain('Dataset 0.0.1-test');
  });
  it('says plainly when the page has no annotations', () => {
    const el = mount({ status: 'ready', response: { article: { found: false, opEdId: null }, annotations: [] } });
    expect(el.querySelector('.message')!.textContent).toContain('No annotations on this page');
  });
  it('explains when the page cannot be reached instead of spinning', () => {
    const el = mount({ status: 'unreachable' });
    expect(el.querySelector('.message')!.textContent).toContain('cannot read this page');
  });
  it('makes each term a button that asks the page to show it', () => {
    const onShow = vi.fn();
    const el = mount(
      { status: 'ready', response: { article: { found: true, opEdId: null }, annotations: [{ entryId: 'mek', kind: 'organisation', text: 'MEK' }] } },
      onShow,
    );
    (el.querySelector('button.show') as HTMLButtonElement).click();
    expect(onShow).toHaveBeenCalledWith('mek');
  });
});
