import type { BackgroundRequest, BackgroundResponse, ContentRequest, ContentResponse } from '../lib/messages.ts';
import { extApi } from './ext-api.ts';

// The one typed seam for messages: every sender and handler goes through these, so the request →
// response maps in lib/messages.ts type both sides and no caller casts a reply.

/** Sends a request from a content script to the background and resolves to its typed answer. */
export function sendToBackground<R extends BackgroundRequest>(msg: R): Promise<BackgroundResponse<R>> {
  return extApi().runtime.sendMessage(msg) as Promise<BackgroundResponse<R>>;
}

/** Sends a request to the content script of one frame of a tab (the top frame by default). */
export function sendToTab<R extends ContentRequest>(tabId: number, msg: R, frameId = 0): Promise<ContentResponse<R>> {
  return extApi().tabs.sendMessage(tabId, msg, { frameId }) as Promise<ContentResponse<R>>;
}

/** Handles one content-script request; `undefined` leaves the message to another listener. */
export type ContentHandler = <R extends ContentRequest>(msg: R) => Promise<ContentResponse<R>> | undefined;

/** A runtime.onMessage listener, in the form every browser accepts (sendResponse and `return true`). */
export type RawListener = (msg: unknown, sender: unknown, respond: (reply: unknown) => void) => boolean | undefined;

/**
 * Wraps a handler as a listener: validates the message with `accept`, answers through sendResponse
 * (returning a promise from the listener does not work in every browser) and keeps failures quiet.
 */
export function listenerFor<M>(accept: (msg: unknown) => msg is M, handle: (msg: M) => Promise<unknown> | undefined): RawListener {
  return (msg, _sender, respond) => {
    if (!accept(msg)) return undefined;
    const reply = handle(msg);
    if (!reply) return undefined;
    reply.then(respond, () => respond(undefined));
    return true;
  };
}

/** A request → response map keyed by request type, as in lib/messages.ts. */
type Protocol<P> = { [K in keyof P]: { request: { type: K }; response: unknown } };

/** One handler per request type of a protocol, each typed with its own request and answer. */
export type HandlerMap<P extends Protocol<P>, C> = {
  [K in keyof P]: (msg: P[K]['request'], context: C) => Promise<P[K]['response']>;
};

/** Routes a validated request to the handler for its type (the one place the union is narrowed). */
export function dispatch<P extends Protocol<P>, C>(
  handlers: HandlerMap<P, C>,
  msg: P[keyof P]['request'],
  context: C,
): Promise<P[keyof P]['response']> {
  const handler = handlers[msg.type as keyof P] as (m: typeof msg, c: C) => Promise<P[keyof P]['response']>;
  return handler(msg, context);
}
