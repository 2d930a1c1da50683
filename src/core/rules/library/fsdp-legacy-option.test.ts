import { describe, expect, it } from 'vitest';
import { fsdpLegacyOption } from './fsdp-legacy-option';
import { findingsOf } from '../test-context';

const T = { target: '5.15-5.18' } as const;

describe(fsdpLegacyOption.id, () => {
  it('accepts the items FSDP2 translates', () => {
    expect(findingsOf(fsdpLegacyOption, { fsdp: 'full_shard offload auto_wrap' }, T)).toEqual([]);
    expect(findingsOf(fsdpLegacyOption, { fsdp: ['shard_grad_op'] }, T)).toEqual([]);
  });

  it('rejects the FSDP1-only strategies without version 1, and accepts them with it', () => {
    const [finding] = findingsOf(fsdpLegacyOption, { fsdp: 'hybrid_shard' }, T);
    expect(finding?.message).toContain('`fsdp=hybrid_shard` is only available with FSDP1');
    expect(findingsOf(fsdpLegacyOption, { fsdp: 'hybrid_shard', fsdp_config: { version: 1 } }, T)).toEqual([]);
  });

  it('explains an upper-case strategy, which FSDP2 does not match', () => {
    const [finding] = findingsOf(fsdpLegacyOption, { fsdp: ['FULL_SHARD'] }, T);
    expect(finding?.message).toContain('lower case');
  });

  it('rejects unknown items of a string or a list', () => {
    expect(findingsOf(fsdpLegacyOption, { fsdp: 'full_shard ofload' }, T)[0]?.message).toContain('Unknown `fsdp` option: ofload');
    expect(findingsOf(fsdpLegacyOption, { fsdp: [1] }, T)).toHaveLength(1);
  });

  it('does not apply before 5.15, where the enum conversion checks the items', () => {
    expect(findingsOf(fsdpLegacyOption, { fsdp: 'hybrid_shard' }, { target: '5.2-5.5' })).toEqual([]);
  });
});
