import { describe, expect, it } from 'vitest';
import { fsdpShardingCombination } from './fsdp-sharding-combination';
import { findingsOf } from '../test-context';

describe(fsdpShardingCombination.id, () => {
  it('rejects offload on its own, as a string or a list', () => {
    expect(findingsOf(fsdpShardingCombination, { fsdp: 'offload' })[0]?.fix?.patch).toEqual({ fsdp: 'full_shard offload' });
    expect(findingsOf(fsdpShardingCombination, { fsdp: ['offload'] })).toHaveLength(1);
  });
  it('rejects full_shard with shard_grad_op', () => {
    expect(findingsOf(fsdpShardingCombination, { fsdp: 'shard_grad_op full_shard offload' })[0]?.fix?.patch).toEqual({ fsdp: 'full_shard offload' });
  });
  it('accepts offload with a sharding mode', () => {
    expect(findingsOf(fsdpShardingCombination, { fsdp: 'shard_grad_op offload' })).toEqual([]);
  });
});
