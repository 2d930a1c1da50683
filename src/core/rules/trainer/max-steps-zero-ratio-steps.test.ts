import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { maxStepsZeroRatioSteps } from './max-steps-zero-ratio-steps';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(maxStepsZeroRatioSteps.id, () => {
  it('fails ratio logging and evaluation intervals with max_steps 0', () => {
    const findings = maxStepsZeroRatioSteps.check(context({ max_steps: 0, logging_steps: 0.1, eval_strategy: 'steps', eval_steps: 0.2 }));
    expect(findings).toHaveLength(2);
  });
  it('ignores absolute intervals, other strategies and a real max_steps', () => {
    expect(maxStepsZeroRatioSteps.check(context({ max_steps: 0, logging_steps: 10 }))).toEqual([]);
    expect(maxStepsZeroRatioSteps.check(context({ max_steps: 0, logging_strategy: 'epoch', logging_steps: 0.1 }))).toEqual([]);
    expect(maxStepsZeroRatioSteps.check(context({ max_steps: 100, logging_steps: 0.1 }))).toBeNull();
  });
});
