import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { schedulerKwargsIgnored } from './scheduler-kwargs-ignored';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

function check(type: string, schedulerKwargs: PyValue) {
  return checked(schedulerKwargsIgnored, context({ lr_scheduler_type: type, lr_scheduler_kwargs: schedulerKwargs }));
}

describe(schedulerKwargsIgnored.id, () => {
  it('warns that constant drops its kwargs and offers to remove them', () => {
    expect(check('constant', { foo: 1 })).toMatchObject({
      message: expect.stringContaining('foo has no effect'),
      fix: { label: 'Remove lr_scheduler_kwargs', patch: { lr_scheduler_kwargs: undefined } },
    });
  });
  it('explains that inverse_sqrt timescale cannot be set', () => {
    expect(check('inverse_sqrt', { timescale: 100 })).toMatchObject({ message: expect.stringContaining('timescale cannot be set') });
  });
  it('stays quiet for empty or missing kwargs', () => {
    expect(check('constant_with_warmup', {})).toBeNull();
    expect(check('constant_with_warmup', null)).toBeNull();
  });
  it('stays quiet for schedules that use their kwargs', () => {
    expect(check('cosine', { num_cycles: 1 })).toBeNull();
  });
});
