import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { negativeSteps } from './negative-steps';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(negativeSteps.id, () => {
  it('fails a negative interval whose strategy is "steps", at that field', () => {
    expect(checked(negativeSteps, context({ save_strategy: 'steps', save_steps: -100 }))).toMatchObject([
      { fields: ['save_steps', 'save_strategy'], message: expect.stringContaining('save_steps -100 is negative') },
    ]);
    expect(checked(negativeSteps, context({ eval_strategy: 'steps', eval_steps: -0.1 }))).toHaveLength(1);
  });
  it('ignores a negative interval whose strategy does not use it', () => {
    expect(checked(negativeSteps, context({ save_strategy: 'epoch', save_steps: -100 }))).toEqual([]);
  });
  it('accepts positive intervals and ratios', () => {
    expect(checked(negativeSteps, context({ logging_strategy: 'steps', logging_steps: 0.05 }))).toEqual([]);
  });
});
