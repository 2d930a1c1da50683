import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { gradAccumKwargsConflict } from './grad-accum-kwargs-conflict';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

const WITH_NUM_STEPS = { gradient_accumulation_kwargs: { num_steps: 4 } };

describe(gradAccumKwargsConflict.id, () => {
  it('fails num_steps next to gradient_accumulation_steps above 1', () => {
    expect(gradAccumKwargsConflict.check(context({ accelerator_config: WITH_NUM_STEPS, gradient_accumulation_steps: 2 }))).not.toBeNull();
  });
  it('accepts num_steps with the default accumulation of 1', () => {
    expect(gradAccumKwargsConflict.check(context({ accelerator_config: WITH_NUM_STEPS }))).toBeNull();
  });
  it('accepts accumulation kwargs without num_steps', () => {
    const config = { gradient_accumulation_kwargs: { sync_each_batch: true } };
    expect(gradAccumKwargsConflict.check(context({ accelerator_config: config, gradient_accumulation_steps: 8 }))).toBeNull();
  });
});
