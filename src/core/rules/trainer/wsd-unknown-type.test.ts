import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { wsdUnknownType } from './wsd-unknown-type';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

function wsd(extra: Record<string, PyValue>): RuleContext {
  return context({ lr_scheduler_type: 'warmup_stable_decay', lr_scheduler_kwargs: { num_decay_steps: 100, ...extra } });
}

describe(wsdUnknownType.id, () => {
  it('fails an unknown warmup shape', () => {
    expect(checked(wsdUnknownType, wsd({ warmup_type: 'exponential' }))).toMatchObject([
      { message: expect.stringContaining("Unknown warmup type: exponential, expected 'linear', 'cosine' or '1-sqrt'") },
    ]);
  });
  it('reports both phases when both are wrong', () => {
    expect(checked(wsdUnknownType, wsd({ warmup_type: 'cos', decay_type: 'step' }))).toHaveLength(2);
  });
  it('fails a non-string shape', () => {
    expect(checked(wsdUnknownType, wsd({ decay_type: null }))).toMatchObject([{ message: expect.stringContaining('Unknown decay type: None') }]);
  });
  it('accepts the three known shapes', () => {
    expect(checked(wsdUnknownType, wsd({ warmup_type: '1-sqrt', decay_type: 'cosine' }))).toEqual([]);
    expect(checked(wsdUnknownType, wsd({ warmup_type: 'linear' }))).toEqual([]);
  });
  it('ignores other schedules', () => {
    expect(checked(wsdUnknownType, context({ lr_scheduler_type: 'linear', lr_scheduler_kwargs: { warmup_type: 'x' } }))).toBeNull();
  });
});
