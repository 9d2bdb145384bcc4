import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBytes, decodeUint32, encodeBytes } from '../../../lib/encoding/base64.ts';

const values = Uint32Array.from([0, 1, 0xffffffff, 0x811c9dc5, 123456789]);

describe('base64 arrays', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads back the exact numbers it wrote', () => {
    expect([...decodeUint32(encodeBytes(values))]).toEqual([...values]);
    const bytes = Uint8Array.from([0, 255, 7, 128]);
    expect([...decodeBytes(encodeBytes(bytes))]).toEqual([...bytes]);
  });

  it('encodes a view, not the whole buffer behind it', () => {
    const big = Uint32Array.from([9, 8, 7, 6]);
    expect([...decodeUint32(encodeBytes(big.subarray(1, 3)))]).toEqual([8, 7]);
  });

  it('handles arrays larger than one chunk of String.fromCharCode', () => {
    const many = Uint32Array.from({ length: 50_000 }, (_, i) => (i * 2654435761) >>> 0);
    expect(decodeUint32(encodeBytes(many))).toEqual(many);
  });

  it('decodes with the atob fallback when the engine has no Uint8Array.fromBase64', () => {
    const native = (Uint8Array as { fromBase64?: unknown }).fromBase64;
    const text = encodeBytes(values);
    (Uint8Array as { fromBase64?: unknown }).fromBase64 = undefined;
    try {
      expect([...decodeUint32(text)]).toEqual([...values]);
    } finally {
      (Uint8Array as { fromBase64?: unknown }).fromBase64 = native;
    }
  });

  it('uses the native decoder when there is one', () => {
    const spy = vi.fn((s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0)));
    const holder = Uint8Array as { fromBase64?: unknown };
    const native = holder.fromBase64;
    holder.fromBase64 = spy;
    try {
      expect([...decodeUint32(encodeBytes(values))]).toEqual([...values]);
      expect(spy).toHaveBeenCalledOnce();
    } finally {
      holder.fromBase64 = native;
    }
  });
});
