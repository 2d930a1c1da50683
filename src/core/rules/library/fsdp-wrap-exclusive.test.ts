import { describe, expect, it } from 'vitest';
import { fsdpWrapExclusive } from './fsdp-wrap-exclusive';
import { findingsOf } from '../test-context';

describe(fsdpWrapExclusive.id, () => {
  it('rejects both wrap policies when FSDP is on, prefixed keys included', () => {
    expect(
      findingsOf(fsdpWrapExclusive, { fsdp: 'full_shard', fsdp_config: '{"fsdp_min_num_params": 100, "fsdp_transformer_layer_cls_to_wrap": ["X"]}' }),
    ).toHaveLength(1);
  });
  it('accepts them when FSDP is off (the library only warns)', () => {
    expect(findingsOf(fsdpWrapExclusive, { fsdp_config: { min_num_params: 10, transformer_layer_cls_to_wrap: ['X'] } })).toEqual([]);
  });
});
