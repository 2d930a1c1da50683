import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { schedulerKwargValue } from './scheduler-kwarg-value';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

function check(type: string, schedulerKwargs: PyValue) {
  return checked(schedulerKwargValue, context({ lr_scheduler_type: type, lr_scheduler_kwargs: schedulerKwargs }));
}

describe(schedulerKwargValue.id, () => {
  it('fails a plateau factor of 1 or more', () => {
    expect(check('reduce_lr_on_plateau', { factor: 1 })).toMatchObject([{ message: expect.stringContaining('Factor should be < 1.0.') }]);
  });
  it('fails unknown plateau modes', () => {
    expect(check('reduce_lr_on_plateau', { mode: 'maximize', threshold_mode: 'relative' })).toMatchObject([
      { message: expect.stringContaining('mode maximize is unknown!') },
      { message: expect.stringContaining('threshold mode relative is unknown!') },
    ]);
  });
  it('accepts sensible plateau settings', () => {
    expect(check('reduce_lr_on_plateau', { mode: 'max', threshold_mode: 'abs', factor: 0.5, patience: 3 })).toEqual([]);
  });
  it('fails a last_epoch other than -1 and offers to drop it', () => {
    expect(check('cosine', { last_epoch: 10, num_cycles: 1 })).toMatchObject([
      { message: expect.stringContaining("'initial_lr'"), fix: { label: 'Remove last_epoch', patch: { lr_scheduler_kwargs: { num_cycles: 1 } } } },
    ]);
    expect(check('linear', { last_epoch: -1 })).toEqual([]);
  });
  it('fails a negative polynomial power but not zero', () => {
    expect(check('polynomial', { power: -0.5 })).toHaveLength(1);
    expect(check('polynomial', { power: 0 })).toEqual([]);
  });
  it('leaves wrongly typed values to the type rule', () => {
    expect(check('reduce_lr_on_plateau', { factor: '2' })).toEqual([]);
  });
  it('skips schedules that drop their kwargs', () => {
    expect(check('constant', { last_epoch: 3 })).toBeNull();
  });
});
