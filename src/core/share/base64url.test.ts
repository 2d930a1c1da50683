import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from './base64url';

describe('toBase64Url', () => {
  it('uses the URL-safe alphabet without padding', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(toBase64Url(new TextEncoder().encode('hi?'))).toBe('aGk_');
  });

  it('round-trips every byte value and large inputs', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    const back = fromBase64Url(toBase64Url(bytes));
    expect(back?.length).toBe(bytes.length);
    expect(back?.every((b, i) => b === bytes[i])).toBe(true);
  });
});

describe('fromBase64Url', () => {
  it('rejects text outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('a+b')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('accepts the empty text', () => {
    expect(fromBase64Url('')).toEqual(new Uint8Array());
  });
});
