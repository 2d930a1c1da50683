import { describe, expect, it } from 'vitest';
import { fsdpGradientCheckpointing } from './fsdp-gradient-checkpointing';
import { findingsOf } from '../test-context';

describe(fsdpGradientCheckpointing.id, () => {
  it('warns with full or hybrid sharding', () => {
    expect(findingsOf(fsdpGradientCheckpointing, { gradient_checkpointing: true, fsdp: true })).toHaveLength(1);
    expect(findingsOf(fsdpGradientCheckpointing, { gradient_checkpointing: true, fsdp: 'hybrid_shard' })).toHaveLength(1);
  });
  it('is silent with shard_grad_op or hybrid_shard_zero2, as the library is', () => {
    expect(findingsOf(fsdpGradientCheckpointing, { gradient_checkpointing: true, fsdp: 'shard_grad_op' })).toEqual([]);
    expect(findingsOf(fsdpGradientCheckpointing, { gradient_checkpointing: true, fsdp: 'hybrid_shard_zero2' })).toEqual([]);
  });
});
