import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardPort } from '../../../entrypoints/annotator/card-port.ts';
import type { Entry } from '../../../lib/dataset/types.ts';
import { handoff, type CardHost } from '../../../lib/handoff.ts';
import type { BackgroundRequest } from '../../../lib/messages.ts';
import { deferred, fakeBackground, flush, resetHandoff } from '../../support/fake-background.ts';

const STAMP = { version: '1.0', date: '2026-12-04' };
const hooks = { onPointerEnter: () => {}, onPointerLeave: () => {}, onClose: () => {} };
const anchor = () => [new DOMRect(1, 2, 3, 4), new DOMRect(0, 30, 9, 4)];
/** What the card is shown with on this (light, jsdom) page. */
const shown = (focus: boolean) => ({ focus, tone: 'light', pageHost: location.hostname });
const entryFor = (id: string) => ({ id, kind: 'organisation' }) as unknown as Entry;

/** The card UI script's part: a card host that records what it was asked to do. */
function installCardUi() {
  const host = { show: vi.fn(), hide: vi.fn(), isOpen: vi.fn(() => true), contains: vi.fn(() => false), hostElement: vi.fn(() => document.body), destroy: vi.fn() } satisfies CardHost;
  const createCard = vi.fn(() => host);
  handoff().createCard = createCard;
  return { host, createCard };
}

/** A background that answers entry look-ups with `entries` (a promise, to hold one back) or null. */
function background(entries: Record<string, Entry | Promise<Entry>> = {}) {
  return fakeBackground((msg: BackgroundRequest) => (msg.type === 'entry/get' ? (entries[msg.entryId] ?? null) : true));
}

describe('createCardPort', () => {
  beforeEach(resetHandoff);
  afterEach(() => { vi.restoreAllMocks(); });

  it('loads nothing and sends nothing until a card is first wanted', async () => {
    const sent = background();
    const { createCard } = installCardUi();
    const port = createCardPort(document, () => STAMP, hooks, vi.fn());
    await flush();
    expect(sent).toEqual([]);
    expect(createCard).not.toHaveBeenCalled();
    expect([port.isOpen(), port.hostElement(), port.contains(document.body)]).toEqual([false, null, false]);
  });

  it('asks the background for the card script when the card UI is not loaded yet', async () => {
    const { host, createCard } = installCardUi();
    delete handoff().createCard;
    // The background injects the card UI script, which sets createCard and wakes the waiters.
    const sent = fakeBackground((msg) => {
      if (msg.type === 'entry/get') return entryFor(msg.entryId);
      handoff().createCard = createCard;
      handoff().cardWaiters!.splice(0).forEach((wake) => wake());
      return true;
    });
    const port = createCardPort(document, () => ({ version: '2025.1', date: '2025-01-31' }), hooks, vi.fn());
    await port.show('ncri', anchor, false);
    expect(sent).toContainEqual({ type: 'inject', part: 'card' });
    expect(createCard).toHaveBeenCalledWith(document, { version: '2025.1', date: '2025-01-31' }, hooks);
    expect(host.show).toHaveBeenCalledWith(entryFor('ncri'), anchor(), shown(false));
  });

  it('prefetch asks for each entry once; showing it later reuses the cached answer', async () => {
    const sent = background({ ncri: entryFor('ncri') });
    const { host, createCard } = installCardUi();
    const port = createCardPort(document, () => STAMP, hooks, vi.fn());
    port.prefetch('ncri');
    port.prefetch('ncri');
    await port.show('ncri', anchor, true);
    expect(sent).toEqual([{ type: 'entry/get', entryId: 'ncri' }]);
    expect(createCard).toHaveBeenCalledTimes(1);
    expect(host.show).toHaveBeenCalledWith(entryFor('ncri'), anchor(), shown(true));
  });

  it('shows the newest request when an older one is still loading', async () => {
    const slow = deferred<Entry>();
    background({ ncri: slow.promise, mek: entryFor('mek') });
    const { host } = installCardUi();
    const port = createCardPort(document, () => STAMP, hooks, vi.fn());
    const older = port.show('ncri', anchor, false);
    await port.show('mek', anchor, false);
    slow.resolve(entryFor('ncri'));
    await older;
    expect(host.show.mock.calls.map(([entry]) => entry.id)).toEqual(['mek']);
  });

  it('hide cancels a card still loading and hides an open one; destroy removes it', async () => {
    const slow = deferred<Entry>();
    background({ ncri: slow.promise });
    const { host } = installCardUi();
    const port = createCardPort(document, () => STAMP, hooks, vi.fn());
    const pending = port.show('ncri', anchor, false);
    port.hide();
    slow.resolve(entryFor('ncri'));
    await pending;
    expect(host.show).not.toHaveBeenCalled();
    expect(host.hide).toHaveBeenCalledTimes(1);
    expect(port.hostElement()).toBe(document.body);
    port.destroy();
    expect(host.destroy).toHaveBeenCalledTimes(1);
  });

  it('does not open a card for an entry the background does not know', async () => {
    background();
    const { host } = installCardUi();
    const onError = vi.fn();
    await createCardPort(document, () => STAMP, hooks, onError).show('nope', anchor, false);
    expect(host.show).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a failed load to onError, and loads afresh on the next request', async () => {
    background({ ncri: entryFor('ncri') });
    const { host, createCard } = installCardUi();
    createCard.mockImplementationOnce(() => { throw new Error('no card'); });
    const onError = vi.fn();
    const port = createCardPort(document, () => STAMP, hooks, onError);
    await port.show('ncri', anchor, false);
    expect(onError).toHaveBeenCalledWith(new Error('no card'));
    await port.show('ncri', anchor, false);
    expect(host.show).toHaveBeenCalledTimes(1);
  });

  it('asks again after a failed look-up instead of keeping the failure', async () => {
    let fail = true;
    const sent = fakeBackground((msg: BackgroundRequest) => {
      if (fail) throw new Error('background restarting');
      return msg.type === 'entry/get' ? entryFor(msg.entryId) : true;
    });
    const { host } = installCardUi();
    const port = createCardPort(document, () => STAMP, hooks, vi.fn());
    await port.show('ncri', anchor, false);
    expect(host.show).not.toHaveBeenCalled();
    fail = false;
    await port.show('ncri', anchor, false);
    expect(sent.filter((m) => m.type === 'entry/get')).toHaveLength(2);
    expect(host.show).toHaveBeenCalledTimes(1);
  });

  it('shows the card in the page’s tone, or in the reader’s colour scheme where the page paints none', async () => {
    background({ ncri: entryFor('ncri') });
    const { host } = installCardUi();
    let pageTone: 'light' | 'dark' | null = 'dark';
    const port = createCardPort(document, () => STAMP, hooks, vi.fn(), () => pageTone);
    await port.show('ncri', anchor, false);
    pageTone = null;
    // jsdom has no matchMedia: stand in for a reader who prefers a dark scheme, then take it away again.
    Object.assign(window, { matchMedia: (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' }) });
    await port.show('ncri', anchor, false).finally(() => Reflect.deleteProperty(window, 'matchMedia'));
    pageTone = 'light';
    await port.show('ncri', anchor, false);
    expect(host.show.mock.calls.map(([, , opts]) => opts.tone)).toEqual(['dark', 'dark', 'light']);
    expect(host.show.mock.calls[0][2].pageHost).toBe(location.hostname);
  });
});
