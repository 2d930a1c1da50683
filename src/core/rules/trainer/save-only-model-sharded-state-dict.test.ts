import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { saveOnlyModelShardedStateDict } from './save-only-model-sharded-state-dict';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(saveOnlyModelShardedStateDict.id, () => {
  it('fails save_only_model with a sharded FSDP state dict', () => {
    const overrides = { save_only_model: true, fsdp: ['full_shard'], fsdp_config: { state_dict_type: 'SHARDED_STATE_DICT', xla: false } };
    expect(saveOnlyModelShardedStateDict.check(context(overrides))).not.toBeNull();
  });
  it('accepts the full state dict, the default', () => {
    expect(saveOnlyModelShardedStateDict.check(context({ save_only_model: true, fsdp: ['full_shard'], fsdp_config: { xla: false } }))).toBeNull();
    const full = { save_only_model: true, fsdp: ['full_shard'], fsdp_config: { state_dict_type: 'FULL_STATE_DICT', xla: false } };
    expect(saveOnlyModelShardedStateDict.check(context(full))).toBeNull();
  });
  it('stays quiet without FSDP', () => {
    expect(
      saveOnlyModelShardedStateDict.check(context({ save_only_model: true, fsdp: [], fsdp_config: { state_dict_type: 'SHARDED_STATE_DICT' } })),
    ).toBeNull();
  });
});
