import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { schedulerUnknownKwarg } from './scheduler-unknown-kwarg';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

function check(type: string, schedulerKwargs: PyValue) {
  return checked(schedulerUnknownKwarg, context({ lr_scheduler_type: type, lr_scheduler_kwargs: schedulerKwargs }));
}

describe(schedulerUnknownKwarg.id, () => {
  it('fails a parameter the schedule does not have and offers to drop it', () => {
    const findings = check('cosine', { power: 2.0, num_cycles: 0.5 });
    expect(findings).toMatchObject([
      {
        message: expect.stringContaining("get_cosine_schedule_with_warmup() got an unexpected keyword argument 'power'"),
        fix: { label: expect.any(String), patch: { lr_scheduler_kwargs: { num_cycles: 0.5 } } },
      },
    ]);
  });
  it('fails warmup_lr_rate on cosine_with_min_lr, which only the warmup variant takes', () => {
    expect(check('cosine_with_min_lr', { min_lr_rate: 0.1, warmup_lr_rate: 0.1 })).toHaveLength(1);
    expect(check('cosine_warmup_with_min_lr', { min_lr_rate: 0.1, warmup_lr_rate: 0.1 })).toEqual([]);
  });
  it('fails arguments the Trainer already passes, removing the key entirely when nothing is left', () => {
    expect(check('cosine', { num_training_steps: 1000 })).toMatchObject([
      {
        message: expect.stringContaining("got multiple values for keyword argument 'num_training_steps'"),
        fix: { label: expect.any(String), patch: { lr_scheduler_kwargs: undefined } },
      },
    ]);
    expect(check('warmup_stable_decay', { num_decay_steps: 10, num_warmup_steps: 5 })).toHaveLength(1);
  });
  it('checks reduce_lr_on_plateau against torch ReduceLROnPlateau, which no longer takes verbose', () => {
    expect(check('reduce_lr_on_plateau', { mode: 'max', patience: 2 })).toEqual([]);
    expect(check('reduce_lr_on_plateau', { verbose: true, num_warmup_steps: 5 })).toHaveLength(2);
  });
  it('never fires for schedules that drop their kwargs', () => {
    for (const type of ['constant', 'constant_with_warmup', 'inverse_sqrt']) expect(check(type, { foo: 1 })).toBeNull();
  });
  it('accepts every documented parameter', () => {
    expect(check('polynomial', { lr_end: 1e-8, power: 2, last_epoch: -1 })).toEqual([]);
    expect(
      check('warmup_stable_decay', { num_decay_steps: 1, num_stable_steps: 2, warmup_type: 'linear', decay_type: 'cosine', min_lr_ratio: 0, num_cycles: 0.5 }),
    ).toEqual([]);
  });
  it('leaves a kwargs value that is not a dict to the type rule', () => {
    expect(check('linear', 'kwargs.json')).toBeNull();
  });
});
