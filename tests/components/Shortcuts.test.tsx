import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shortcuts } from '../../components/Shortcuts.tsx';

let host: HTMLElement;
function mount(onChange?: () => void) {
  host = document.createElement('div');
  document.body.append(host);
  const rows = [{ name: 'next-annotation', label: 'Next term', keys: 'Alt+Shift+N' }, { name: 'previous-annotation', label: 'Previous term', keys: null }];
  render(<Shortcuts rows={rows} onChange={onChange} />, host);
  return host;
}
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('Shortcuts', () => {
  it('shows each assigned shortcut, and "not set" for an empty one', () => {
    const el = mount();
    expect([...el.querySelectorAll('.key-row')].map((r) => r.textContent)).toEqual(['Next termAlt+Shift+N', 'Previous termnot set']);
    expect(el.querySelector('kbd')!.textContent).toBe('Alt+Shift+N');
  });
  it('opens the browser’s shortcut page where there is one', () => {
    const onChange = vi.fn();
    const el = mount(onChange);
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Change shortcuts')!;
    button.click();
    expect(onChange).toHaveBeenCalledOnce();
  });
  it('says where to change them where no page can be opened (Firefox)', () => {
    const el = mount();
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('about:addons → ⚙ → Manage Extension Shortcuts');
  });
});
