import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { polynomialWarmupEqualsTotal } from './polynomial-warmup-equals-total';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(polynomialWarmupEqualsTotal.id, () => {
  it('fails a polynomial warmup exactly as long as max_steps', () => {
    expect(polynomialWarmupEqualsTotal.check(context({ lr_scheduler_type: 'polynomial', max_steps: 50, warmup_steps: 50 }))).not.toBeNull();
    expect(polynomialWarmupEqualsTotal.check(context({ lr_scheduler_type: 'polynomial', max_steps: 1, warmup_steps: 0.5 }))).not.toBeNull();
  });
  it('accepts a warmup shorter or longer than training, and other schedules', () => {
    expect(polynomialWarmupEqualsTotal.check(context({ lr_scheduler_type: 'polynomial', max_steps: 50, warmup_steps: 49 }))).toBeNull();
    expect(polynomialWarmupEqualsTotal.check(context({ lr_scheduler_type: 'polynomial', max_steps: 50, warmup_steps: 60 }))).toBeNull();
    expect(polynomialWarmupEqualsTotal.check(context({ lr_scheduler_type: 'linear', max_steps: 50, warmup_steps: 50 }))).toBeNull();
  });
});
