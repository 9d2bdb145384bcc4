import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundRequest } from '../../lib/messages.ts';

// The test set-up makes `globalThis.browser` and `globalThis.chrome` the fake browser, so content
// scripts reach it through extension/ext-api.ts; these helpers control what it answers.

/**
 * Stands in for the background: every runtime.sendMessage goes to `answer` (which may return a
 * promise or throw) and is recorded in the returned list. Undo with vi.restoreAllMocks().
 */
export function fakeBackground(answer: (msg: BackgroundRequest) => unknown): BackgroundRequest[] {
  const sent: BackgroundRequest[] = [];
  const send = (msg: BackgroundRequest) => {
    sent.push(msg);
    return Promise.resolve().then(() => answer(msg));
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(send as never);
  return sent;
}

/** Forgets the scripts' shared global, as a fresh frame would. */
export function resetHandoff(): void {
  delete (globalThis as { __backstory7c1e?: unknown }).__backstory7c1e;
}

/** A promise the test settles when it chooses. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** Lets every pending promise callback (and the macrotask after them) run. */
export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
