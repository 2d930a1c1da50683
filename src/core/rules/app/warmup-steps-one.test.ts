import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { warmupStepsOne } from './warmup-steps-one';

function context(input: Record<string, PyValue>, resolved: Record<string, PyValue> = input, floatWritten: string[] = []): RuleContext {
  return { input: kwargs(input, floatWritten), resolved: { ...defaultValues(), ...resolved }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(warmupStepsOne.id, () => {
  it('warns that 1.0 is one step, printing it as written', () => {
    expect(checked(warmupStepsOne, context({ warmup_steps: 1 }, { warmup_steps: 1 }, ['warmup_steps']))).toMatchObject({
      fields: ['warmup_steps'],
      message: expect.stringContaining('warmup_steps=1.0 is one warmup step'),
    });
  });
  it('warns that a value between 1 and 2 is truncated to one step', () => {
    expect(checked(warmupStepsOne, context({ warmup_steps: 1.9 }))).toMatchObject({ message: expect.stringContaining('truncated') });
  });
  it('points at warmup_ratio when the value came from it', () => {
    const finding = checked(warmupStepsOne, context({ warmup_ratio: 1 }, { warmup_ratio: 1, warmup_steps: 1 }, ['warmup_ratio']));
    expect(finding).toMatchObject({ fields: ['warmup_ratio'], message: expect.stringContaining('warmup_ratio=1.0') });
  });
  it('stays quiet for fractions and real step counts', () => {
    expect(checked(warmupStepsOne, context({ warmup_steps: 0.99 }))).toBeNull();
    expect(checked(warmupStepsOne, context({ warmup_steps: 2 }))).toBeNull();
    expect(checked(warmupStepsOne, context({ warmup_steps: 0 }))).toBeNull();
  });
  it('stays quiet when the schedule has no warmup anyway', () => {
    expect(checked(warmupStepsOne, context({ warmup_steps: 1, lr_scheduler_type: 'constant' }))).toBeNull();
  });
});
