import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { schedulerKwargType } from './scheduler-kwarg-type';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

function check(type: string, schedulerKwargs: PyValue) {
  return checked(schedulerKwargType, context({ lr_scheduler_type: type, lr_scheduler_kwargs: schedulerKwargs }));
}

describe(schedulerKwargType.id, () => {
  it('fails a numeric string that arithmetic cannot use and offers the number', () => {
    expect(check('polynomial', { lr_end: '1e-7', power: 2 })).toMatchObject([
      {
        message: expect.stringContaining('lr_end'),
        fix: { label: expect.any(String), patch: { lr_scheduler_kwargs: { lr_end: 1e-7, power: 2 } } },
      },
    ]);
  });
  it('fails a string num_decay_steps for warmup_stable_decay', () => {
    expect(check('warmup_stable_decay', { num_decay_steps: '100' })).toHaveLength(1);
  });
  it('tells the float()-cast num_cycles of cosine from the uncast one of cosine_warmup_with_min_lr', () => {
    expect(check('cosine', { num_cycles: '1' })).toEqual([]);
    expect(check('cosine_warmup_with_min_lr', { min_lr_rate: 0.1, num_cycles: '1' })).toHaveLength(1);
  });
  it('fails a string float() cannot read, without a fix', () => {
    const findings = check('cosine', { num_cycles: 'half' });
    expect(findings).toMatchObject([{ message: expect.stringContaining("float() cannot read 'half'") }]);
  });
  it('accepts booleans where Python does, since bool is an int', () => {
    expect(check('polynomial', { power: true })).toEqual([]);
  });
  it('fails None where a number is required but not where None is the default', () => {
    expect(check('polynomial', { power: null })).toHaveLength(1);
    expect(check('cosine_with_min_lr', { min_lr: null, min_lr_rate: 0.1 })).toEqual([]);
  });
  it('accepts a list min_lr for reduce_lr_on_plateau only if it holds numbers', () => {
    expect(check('reduce_lr_on_plateau', { min_lr: [0, 1e-6] })).toEqual([]);
    expect(check('reduce_lr_on_plateau', { min_lr: ['0'] })).toHaveLength(1);
  });
  it('fails lr_scheduler_kwargs that is not a dict', () => {
    expect(check('linear', 'sched.json')).toMatchObject({ message: expect.stringContaining('must be a dict') });
  });
  it('skips unknown keys and schedules that drop their kwargs', () => {
    expect(check('linear', { foo: 'x' })).toEqual([]);
    expect(check('inverse_sqrt', { timescale: 'x' })).toBeNull();
  });
});
