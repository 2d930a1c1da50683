import { describe, expect, it } from 'vitest';
import { fsdpNone } from './fsdp-none';
import { findingsOf } from '../test-context';

describe(fsdpNone.id, () => {
  it('rejects fsdp=None in 4.x with the TypeError it raises', () => {
    const [finding] = findingsOf(fsdpNone, { fsdp: null }, { target: '4.56' });
    expect(finding?.message).toContain("argument of type 'NoneType' is not iterable");
    expect(finding?.fix?.patch).toEqual({ fsdp: undefined });
  });
  it('accepts the other ways to leave FSDP off, and None in v5', () => {
    for (const fsdp of ['', false, []]) expect(findingsOf(fsdpNone, { fsdp }, { target: '4.56' })).toEqual([]);
    expect(findingsOf(fsdpNone, { fsdp: null })).toEqual([]);
  });
});
