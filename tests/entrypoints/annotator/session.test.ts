import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startAnnotator } from '../../../entrypoints/annotator/session.ts';
import { handoff } from '../../../lib/handoff.ts';
import type { AnnotationsResponse } from '../../../lib/messages.ts';
import { packModel } from '../../../lib/model/pack-model.ts';
import { SETTINGS_KEY } from '../../../lib/settings.ts';
import { bundledArticles, bundledDataset } from '../../support/bundled.ts';
import { fakeBackground, resetHandoff } from '../../support/fake-background.ts';

/** A real news template (Ars Technica) with the op-ed syndicated into its article body. */
const html = readFileSync(path.resolve(__dirname, '../../fixtures/corpus/ars-1/oped.html'), 'utf8');
const packed = packModel(bundledDataset, (id) => bundledArticles[id]);
const OPED_ID = 'oped-why-iran-executes';

let controller: AbortController;
let sent: ReturnType<typeof fakeBackground>;

/** Asks the running annotator what the page shows, as the popup does through the gate. */
const annotations = () => handoff().handle!({ type: 'annotations/get' }) as Promise<AnnotationsResponse>;

beforeEach(() => {
  resetHandoff();
  fakeBrowser.reset();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  sent = fakeBackground((msg) => (msg.type === 'model/get' ? packed : msg.type === 'entry/get' ? null : true));
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('startAnnotator', () => {
  it('annotates the op-ed on the first run and answers annotations/get with it', async () => {
    startAnnotator(controller.signal);
    const answer = await annotations();
    expect(answer.article).toEqual({ found: true, opEdId: OPED_ID });
    expect(answer.annotations.length).toBeGreaterThan(0);
    const ids = new Set(bundledDataset.entries.map((e) => e.id));
    expect(answer.annotations.every((a) => ids.has(a.entryId) && a.text.length > 0)).toBe(true);
    // The toolbar badge gets the same count.
    expect(sent).toContainEqual({ type: 'badge/set', count: answer.annotations.length });
    expect(sent[0]).toEqual({ type: 'model/get' });
  });

  it('shows nothing on a site the reader switched off in storage', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: [location.hostname] } });
    startAnnotator(controller.signal);
    const answer = await annotations();
    expect(answer).toEqual({ article: { found: true, opEdId: OPED_ID }, annotations: [] });
  });

  it('in an embedded frame, follows the switch for the tab’s site, not for the frame’s host', async () => {
    vi.spyOn(window, 'top', 'get').mockReturnValue({} as Window); // a sub-frame
    sent = fakeBackground((msg) => (msg.type === 'model/get' ? packed : msg.type === 'site/get' ? 'news.example' : true));
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: [location.hostname] } });
    startAnnotator(controller.signal);
    expect((await annotations()).annotations.length).toBeGreaterThan(0);
    expect(sent).toContainEqual({ type: 'site/get' });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { disabledSites: ['news.example'] } });
    expect((await annotations()).annotations).toEqual([]);
  });

  it('leaves out kinds the reader hid', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { hiddenKinds: ['statistic'] } });
    startAnnotator(controller.signal);
    const { annotations: shown } = await annotations();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.some((a) => a.kind === 'statistic')).toBe(false);
  });

  it('applies a settings change at once, without reloading', async () => {
    startAnnotator(controller.signal);
    const before = (await annotations()).annotations;
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    expect((await annotations()).annotations).toEqual([]);
    expect(sent).toContainEqual({ type: 'badge/set', count: 0 });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: true } });
    expect((await annotations()).annotations).toEqual(before);
  });

  it('answers with nothing found when the background has no model', async () => {
    vi.restoreAllMocks();
    fakeBackground(() => { throw new Error('Extension context invalidated.'); });
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // report() logs the failure once
    startAnnotator(controller.signal);
    expect(await annotations()).toEqual({ article: { found: false, opEdId: null }, annotations: [] });
  });

  it('removes its message handle and settings listener when the signal aborts', async () => {
    const added = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    startAnnotator(controller.signal);
    await annotations();
    const listener = added.mock.calls[0][0];
    controller.abort();
    expect(handoff().handle).toBeUndefined();
    expect(fakeBrowser.storage.onChanged.hasListener(listener)).toBe(false);
  });
});
