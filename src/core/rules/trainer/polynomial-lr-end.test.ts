import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { polynomialLrEnd } from './polynomial-lr-end';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(polynomialLrEnd.id, () => {
  it('fails when lr_end equals the learning rate', () => {
    const finding = checked(polynomialLrEnd, context({ lr_scheduler_type: 'polynomial', learning_rate: 5e-5, lr_scheduler_kwargs: { lr_end: 5e-5 } }));
    expect(finding).toMatchObject({ message: expect.stringContaining('lr_end (5e-05) must be smaller than initial lr (5e-05)') });
  });
  it('fails a learning rate at or below the default lr_end', () => {
    const finding = checked(polynomialLrEnd, context({ lr_scheduler_type: 'polynomial', learning_rate: 5e-8 }));
    expect(finding).toMatchObject({ fields: ['learning_rate', 'lr_scheduler_kwargs'], message: expect.stringContaining('lr_end (1e-07)') });
  });
  it('accepts lr_end below the learning rate', () => {
    expect(checked(polynomialLrEnd, context({ lr_scheduler_type: 'polynomial', learning_rate: 1e-4, lr_scheduler_kwargs: { lr_end: 1e-6 } }))).toBeNull();
  });
  it('leaves a string lr_end to the type rule', () => {
    expect(checked(polynomialLrEnd, context({ lr_scheduler_type: 'polynomial', lr_scheduler_kwargs: { lr_end: '1e-7' } }))).toBeNull();
  });
  it('ignores other schedules', () => {
    expect(checked(polynomialLrEnd, context({ lr_scheduler_type: 'linear', learning_rate: 1e-8 }))).toBeNull();
  });
});
