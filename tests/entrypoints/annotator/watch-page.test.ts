import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { watchNavigation, watchPage } from '../../../entrypoints/annotator/watch-page.ts';
import { MAX_WAIT_MS, SETTLE_MS } from '../../../lib/timings.ts';

let controller: AbortController;
let onChange: Mock<() => void>;
let own: HTMLElement;

/** Changes the page (or `where`), and lets the mutation observer see it: records arrive in a microtask. */
async function mutate(where: Node = document.body) {
  where.appendChild(document.createElement('span'));
  await Promise.resolve();
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<article><p>Text</p></article><div id="card-host"></div>';
  own = document.getElementById('card-host')!;
  controller = new AbortController();
  onChange = vi.fn();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('watchPage', () => {
  let watchRoots: (roots: readonly Node[]) => void;
  // A block body: a function returned from beforeEach would be run as its teardown.
  beforeEach(() => {
    watchRoots = watchPage(document, () => own, onChange, controller.signal);
  });

  it('sees changes inside a shadow root only once that root is watched', async () => {
    const root = document.querySelector('article')!.attachShadow({ mode: 'closed' });
    await mutate(root);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).not.toHaveBeenCalled();
    watchRoots([root]);
    await mutate(root);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('waits until the page has been quiet for SETTLE_MS, then reports once', async () => {
    await mutate();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    await mutate(); // the burst goes on: the wait starts again
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports within MAX_WAIT_MS of the first change even while the page keeps changing', async () => {
    const start = Date.now();
    const at: number[] = [];
    onChange.mockImplementation(() => at.push(Date.now() - start));
    for (let t = 0; t < MAX_WAIT_MS + 400; t += SETTLE_MS / 3) {
      await mutate();
      vi.advanceTimersByTime(SETTLE_MS / 3);
    }
    expect(at[0]).toBe(MAX_WAIT_MS);
  });

  it('ignores changes inside its own node, but not a batch that also changes the page', async () => {
    await mutate(own);
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
    own.appendChild(document.createElement('i'));
    await mutate();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops watching when the signal aborts, dropping a pending report', async () => {
    await mutate();
    controller.abort();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    await mutate();
    vi.advanceTimersByTime(MAX_WAIT_MS);
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchNavigation', () => {
  it('listens to popstate where the browser has no Navigation API, until aborted', () => {
    expect('navigation' in window).toBe(false); // jsdom has no Navigation API
    watchNavigation(window, onChange, controller.signal);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('uses navigatesuccess, and not popstate, where the Navigation API exists', () => {
    const navigation = new EventTarget();
    const win = Object.assign(new EventTarget(), { navigation }) as unknown as Window;
    watchNavigation(win, onChange, controller.signal);
    win.dispatchEvent(new Event('popstate'));
    expect(onChange).not.toHaveBeenCalled();
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
