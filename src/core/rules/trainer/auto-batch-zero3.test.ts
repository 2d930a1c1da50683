import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { autoBatchZero3 } from './auto-batch-zero3';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(autoBatchZero3.id, () => {
  it('fails auto_find_batch_size with ZeRO stage 3', () => {
    expect(autoBatchZero3.check(context({ auto_find_batch_size: true, deepspeed: { zero_optimization: { stage: 3 } } }))).not.toBeNull();
  });
  it('accepts other stages, a config path, or no auto batch size', () => {
    expect(autoBatchZero3.check(context({ auto_find_batch_size: true, deepspeed: { zero_optimization: { stage: 2 } } }))).toBeNull();
    expect(autoBatchZero3.check(context({ auto_find_batch_size: true, deepspeed: 'ds_config.json' }))).toBeNull();
    expect(autoBatchZero3.check(context({ auto_find_batch_size: false, deepspeed: { zero_optimization: { stage: 3 } } }))).toBeNull();
  });
});
