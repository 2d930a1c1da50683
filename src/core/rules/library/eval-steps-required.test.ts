import { describe, expect, it } from 'vitest';
import { evalStepsRequired } from './eval-steps-required';
import { findingsOf } from '../test-context';

describe(evalStepsRequired.id, () => {
  it('rejects the steps eval strategy when neither eval_steps nor logging_steps gives an interval', () => {
    expect(findingsOf(evalStepsRequired, { eval_strategy: 'steps', logging_steps: 0 })).toHaveLength(1);
    expect(findingsOf(evalStepsRequired, { eval_strategy: 'steps', eval_steps: 0, logging_steps: -0.5 })).toHaveLength(1);
  });
  it('accepts the fallback to logging_steps', () => {
    expect(findingsOf(evalStepsRequired, { eval_strategy: 'steps' })).toEqual([]);
  });
});
