import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { wsdNumDecaySteps } from './wsd-num-decay-steps';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(wsdNumDecaySteps.id, () => {
  it('fails warmup_stable_decay without num_decay_steps', () => {
    const finding = checked(wsdNumDecaySteps, context({ lr_scheduler_type: 'warmup_stable_decay', lr_scheduler_kwargs: { decay_type: 'linear' } }));
    expect(finding).toMatchObject({ message: expect.stringContaining("'num_decay_steps'") });
  });
  it('fails warmup_stable_decay with no kwargs at all', () => {
    expect(checked(wsdNumDecaySteps, context({ lr_scheduler_type: 'warmup_stable_decay' }))).not.toBeNull();
  });
  it('accepts num_decay_steps', () => {
    expect(checked(wsdNumDecaySteps, context({ lr_scheduler_type: 'warmup_stable_decay', lr_scheduler_kwargs: { num_decay_steps: 100 } }))).toBeNull();
  });
  it('ignores other schedules', () => {
    expect(checked(wsdNumDecaySteps, context({ lr_scheduler_type: 'linear' }))).toBeNull();
  });
});
