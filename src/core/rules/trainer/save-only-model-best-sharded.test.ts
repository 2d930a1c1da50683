import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { saveOnlyModelBestSharded } from './save-only-model-best-sharded';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

const BEST = { save_only_model: true, load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'epoch' };

describe(saveOnlyModelBestSharded.id, () => {
  it('fails under DeepSpeed', () => {
    expect(checked(saveOnlyModelBestSharded, context({ ...BEST, deepspeed: { zero_optimization: { stage: 2 } } }))).toMatchObject({
      message: expect.stringContaining("DeepSpeed can't be used with `save_only_model`"),
    });
  });
  it('fails under FSDP', () => {
    expect(checked(saveOnlyModelBestSharded, context({ ...BEST, fsdp: ['full_shard'], fsdp_config: { xla: false } }))).toMatchObject({
      message: expect.stringContaining('FSDP'),
    });
  });
  it('accepts the pair on a plain single-GPU run', () => {
    expect(checked(saveOnlyModelBestSharded, context(BEST))).toBeNull();
  });
  it('accepts save_only_model without load_best_model_at_end under FSDP', () => {
    expect(checked(saveOnlyModelBestSharded, context({ save_only_model: true, fsdp: ['full_shard'], fsdp_config: { xla: false } }))).toBeNull();
  });
});
