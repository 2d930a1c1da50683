import { describe, expect, it } from 'vitest';
import { loggingStepsNonzero } from './logging-steps-nonzero';
import { findingsOf } from '../test-context';

describe(loggingStepsNonzero.id, () => {
  it('rejects logging_steps 0 with the steps strategy', () => {
    expect(findingsOf(loggingStepsNonzero, { logging_steps: 0 })[0]?.message).toContain('IntervalStrategy.STEPS requires non-zero --logging_steps');
  });
  it('ignores logging_steps when another strategy is chosen', () => {
    expect(findingsOf(loggingStepsNonzero, { logging_steps: 0, logging_strategy: 'epoch' })).toEqual([]);
  });
});
