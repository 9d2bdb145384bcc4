// The background remembers which frame of a tab shows the article (an op-ed embedded in an iframe),
// so that the popup and the keyboard talk to that frame.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';

let onCommand: ((command: string) => void) | undefined;
let injected: { frameIds?: number[]; files?: string[] }[];
let styled: number[][];

beforeEach(() => {
  fakeBrowser.reset();
  injected = [];
  styled = [];
  fakeBrowser.commands.onCommand.addListener = vi.fn((listener: (command: string) => void) => { onCommand = listener; }) as never;
  fakeBrowser.scripting.executeScript = (async ({ target, files }: { target: { frameIds?: number[] }; files?: string[] }) => {
    injected.push({ frameIds: target.frameIds, files });
    return [];
  }) as never;
  fakeBrowser.scripting.insertCSS = (async ({ target }: { target: { frameIds?: number[] } }) => { styled.push(target.frameIds ?? []); }) as never;
  background.main();
});

const fromFrame = (tabId: number, frameId: number) => ({ tab: { id: tabId }, id: fakeBrowser.runtime.id, frameId, url: 'https://example.org/' }) as never;
const fromPopup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') }) as never;
const send = async (msg: unknown, sender: never) => (await fakeBrowser.runtime.onMessage.trigger(msg, sender))[0];
const askAnnotator = (tabId: number, frameId: number) => send({ type: 'inject', part: 'annotator' }, fromFrame(tabId, frameId));
const articleFrame = (tabId: number) => send({ type: 'frame/get', tabId }, fromPopup());

describe('background: the article frame of a tab', () => {
  it('is the top frame until a frame asks for the annotator', async () => {
    expect(await articleFrame(5)).toBe(0);
  });
  it('is the sub-frame that asked, which alone gets the highlight stylesheet with the annotator', async () => {
    await askAnnotator(5, 7);
    expect(await articleFrame(5)).toBe(7);
    expect(await articleFrame(6)).toBe(0);
    expect(injected).toEqual([{ frameIds: [7], files: ['/annotator.js'] }]);
    expect(styled).toEqual([[7]]);
    await askAnnotator(6, 0);
    expect(styled).toEqual([[7]]); // the manifest styles top frames
  });
  it('stays the top frame once the top frame has asked, and a copy in a sub-frame stays plain', async () => {
    expect(await askAnnotator(5, 0)).toBe(true);
    expect(await askAnnotator(5, 7)).toBe(false);
    expect(await articleFrame(5)).toBe(0);
    expect(injected).toEqual([{ frameIds: [0], files: ['/annotator.js'] }]);
    expect(styled).toEqual([]);
  });
  it('waits for the top page to load before taking a sub-frame, so a top page that is the article wins', async () => {
    let status = 'loading';
    fakeBrowser.tabs.get = (async (id: number) => ({ id, status })) as never;
    const frame = askAnnotator(5, 7); // the small frame's gate ran first
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(injected).toEqual([]);
    status = 'complete';
    expect(await askAnnotator(5, 0)).toBe(true);
    expect(await frame).toBe(false);
    expect(await articleFrame(5)).toBe(0);
  });
  it('is forgotten when the tab loads a new page or closes', async () => {
    await askAnnotator(5, 7);
    await fakeBrowser.tabs.onUpdated.trigger(5, { status: 'loading', url: 'https://example.org/next' }, { id: 5 } as never);
    expect(await articleFrame(5)).toBe(0);
    await askAnnotator(5, 9);
    await fakeBrowser.tabs.onRemoved.trigger(5, { windowId: 1, isWindowClosing: false });
    expect(await articleFrame(5)).toBe(0);
  });
  it('answers a content script about its own tab, and the popup only when it names a tab', async () => {
    await askAnnotator(5, 7);
    expect(await send({ type: 'frame/get' }, fromFrame(5, 0))).toBe(7);
    expect(await send({ type: 'frame/get', tabId: 5 }, fromFrame(6, 0))).toBe(0);
    expect(await send({ type: 'frame/get' }, fromPopup())).toBeUndefined();
    expect(await send({ type: 'badge/set', count: 3 }, fromPopup())).toBeUndefined();
  });
  it('tells a frame the host of its tab’s page, which the site switch names', async () => {
    const fromEmbed = { tab: { id: 5, url: 'https://news.example/opinion/1' }, id: fakeBrowser.runtime.id, frameId: 7, url: 'https://syndication.example/x' } as never;
    expect(await send({ type: 'site/get' }, fromEmbed)).toBe('news.example');
    expect(await send({ type: 'site/get' }, fromFrame(5, 7))).toBeNull(); // the browser hid the tab's URL
  });
  it('is where the keyboard commands go', async () => {
    await askAnnotator(42, 7);
    fakeBrowser.tabs.query = (async () => [{ id: 42 }]) as never;
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (id: number, msg: unknown, options: { frameId?: number }) => {
      sent.push([id, msg, options?.frameId]);
      return { ok: true };
    }) as typeof fakeBrowser.tabs.sendMessage;
    onCommand!('next-annotation');
    await vi.waitFor(() => expect(sent).toEqual([[42, { type: 'annotations/step', direction: 1 }, 7]]));
  });
});
