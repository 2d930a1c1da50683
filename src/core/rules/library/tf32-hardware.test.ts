import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { tf32Hardware } from './tf32-hardware';

describe(tf32Hardware.id, () => {
  it('rejects tf32=True without an Ampere GPU', () => {
    for (const hardware of ['cuda-pre-ampere', 'cpu', 'mps'] as const) expect(findingsOf(tf32Hardware, { tf32: true }, { hardware })).toHaveLength(1);
  });
  it('accepts it on Ampere, and tf32=False anywhere', () => {
    expect(findingsOf(tf32Hardware, { tf32: true })).toEqual([]);
    expect(findingsOf(tf32Hardware, { tf32: false }, { hardware: 'cpu' })).toEqual([]);
  });
});
