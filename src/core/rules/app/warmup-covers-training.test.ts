import { describe, expect, it } from 'vitest';
import { findingsOf, checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { warmupCoversTraining } from './warmup-covers-training';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(warmupCoversTraining.id, () => {
  it('warns when the warmup is as long as max_steps', () => {
    expect(checked(warmupCoversTraining, context({ max_steps: 100, warmup_steps: 100 }))).toMatchObject({
      message: expect.stringContaining('lasts 100 steps'),
    });
  });
  it('rounds a ratio up the way the Trainer does', () => {
    expect(checked(warmupCoversTraining, context({ max_steps: 5, warmup_steps: 0.9 }))).not.toBeNull();
    expect(checked(warmupCoversTraining, context({ max_steps: 100, warmup_steps: 0.9 }))).toBeNull();
  });
  it('stays quiet without max_steps or for schedules without warmup', () => {
    expect(checked(warmupCoversTraining, context({ warmup_steps: 100000 }))).toBeNull();
    expect(checked(warmupCoversTraining, context({ max_steps: 10, warmup_steps: 50, lr_scheduler_type: 'constant' }))).toBeNull();
  });
});

describe(`${warmupCoversTraining.id} for transformers 4.56`, () => {
  it('counts a positive warmup_steps first, then the ratio', () => {
    expect(findingsOf(warmupCoversTraining, { max_steps: 100, warmup_steps: 150, warmup_ratio: 0.1 }, { target: '4.56' })[0]?.fields).toEqual([
      'warmup_steps',
      'max_steps',
    ]);
    expect(findingsOf(warmupCoversTraining, { max_steps: 100, warmup_ratio: 1 }, { target: '4.56' })[0]?.fields).toEqual(['warmup_ratio', 'max_steps']);
    expect(findingsOf(warmupCoversTraining, { max_steps: 100, warmup_steps: 10, warmup_ratio: 1 }, { target: '4.56' })).toEqual([]);
  });
});
