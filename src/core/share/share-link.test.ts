import { describe, expect, it } from 'vitest';
import { toBase64Url } from './base64url';
import { decodeShareToken, encodeShareToken, MAX_STATE_BYTES, MAX_TOKEN_CHARS, shareUrl, tokenFromHash } from './share-link';
import type { SharedState } from './share-state';

const STATE: SharedState = {
  release: '4.57',
  target: '4.57',
  configClass: 'GRPOConfig',
  values: { learning_rate: '3e-5', per_device_train_batch_size: '8', output_dir: 'runs/한국어 "x"', report_to: ['wandb'] },
  hardware: 'mps',
  run: { examples: 10_000, devicesPerNode: 4, nodes: 1 },
};

describe('encodeShareToken', () => {
  it('round-trips through deflate', async () => {
    const token = await encodeShareToken(STATE, { compress: true });
    expect(token.startsWith('z')).toBe(true);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeShareToken(token)).toEqual({ ok: true, state: STATE, dropped: [], upgraded: false });
  });

  it('round-trips as plain base64url without deflate', async () => {
    const token = await encodeShareToken(STATE, { compress: false });
    expect(token.startsWith('j')).toBe(true);
    expect(await decodeShareToken(token)).toEqual({ ok: true, state: STATE, dropped: [], upgraded: false });
  });

  it('deflates a large state to a fraction of its plain size', async () => {
    const values = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`x${i}`, 'value']));
    const big = { ...STATE, values: { ...STATE.values, ...values } };
    const [z, j] = await Promise.all([encodeShareToken(big, { compress: true }), encodeShareToken(big, { compress: false })]);
    expect(z.length).toBeLessThan(j.length / 2);
  });
});

describe('decodeShareToken', () => {
  it('says why a token cannot be read, never throwing', async () => {
    expect(await decodeShareToken('')).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(await decodeShareToken('q' + toBase64Url(new TextEncoder().encode('{}')))).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(await decodeShareToken('j%%%')).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(await decodeShareToken('zAAAA')).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(await decodeShareToken('j' + toBase64Url(new Uint8Array([0xff, 0xfe])))).toEqual({ ok: false, reason: 'bad-encoding' });
    expect(await decodeShareToken('j' + toBase64Url(new TextEncoder().encode('{oops')))).toEqual({ ok: false, reason: 'not-json' });
    expect(await decodeShareToken('j' + toBase64Url(new TextEncoder().encode('{"v":9}')))).toEqual({ ok: false, reason: 'unsupported-version' });
  });

  it('refuses an oversized token, and a small one that unpacks to too much (a deflate bomb)', async () => {
    expect(await decodeShareToken('j' + 'A'.repeat(MAX_TOKEN_CHARS))).toEqual({ ok: false, reason: 'too-large' });
    const bomb = await encodeShareToken({ ...STATE, values: { run_name: 'a'.repeat(MAX_STATE_BYTES + 10) } }, { compress: true });
    expect(bomb.length).toBeLessThan(MAX_TOKEN_CHARS);
    expect(await decodeShareToken(bomb)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('reads a truncated deflate stream as a bad encoding', async () => {
    const token = await encodeShareToken(STATE, { compress: true });
    expect(await decodeShareToken(token.slice(0, -8))).toEqual({ ok: false, reason: 'bad-encoding' });
  });

  it('keeps the readable part of a link and lists what it dropped', async () => {
    const json = JSON.stringify({ v: 1, values: { learning_rate: '1e-4', nope: '1' }, hardware: 'cpu' });
    const read = await decodeShareToken('j' + toBase64Url(new TextEncoder().encode(json)));
    expect(read.ok && read.state.values).toEqual({ learning_rate: '1e-4' });
    expect(read.ok && read.dropped).toEqual([{ path: 'values.nope', reason: 'unknown-field' }]);
  });
});

describe('tokenFromHash', () => {
  it('finds the token among fragment parameters', () => {
    expect(tokenFromHash('#s=zAbc')).toBe('zAbc');
    expect(tokenFromHash('#x=1&s=jAb-_')).toBe('jAb-_');
    expect(tokenFromHash('#section-card-training')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#s=')).toBeNull();
  });
});

describe('shareUrl', () => {
  it('replaces any earlier fragment and keeps the query', () => {
    expect(shareUrl('https://x.dev/app?a=1#old', 'zAbc')).toBe('https://x.dev/app?a=1#s=zAbc');
    expect(tokenFromHash(new URL(shareUrl('http://localhost:4173/', 'zAbc')).hash)).toBe('zAbc');
  });
});
