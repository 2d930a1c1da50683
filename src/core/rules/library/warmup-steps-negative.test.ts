import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { warmupStepsNegative } from './warmup-steps-negative';

describe(warmupStepsNegative.id, () => {
  it('rejects negative warmup_steps', () => {
    expect(findingsOf(warmupStepsNegative, { warmup_steps: -0.1 })[0]?.fields).toEqual(['warmup_steps']);
  });
  it('blames warmup_ratio when the negative value came from it', () => {
    expect(findingsOf(warmupStepsNegative, { warmup_ratio: -0.05, warmup_steps: 10 })[0]?.fields).toEqual(['warmup_ratio']);
  });
  it('accepts zero, ratios and step counts', () => {
    expect(findingsOf(warmupStepsNegative, { warmup_steps: 0 })).toEqual([]);
    expect(findingsOf(warmupStepsNegative, { warmup_steps: 1.9 })).toEqual([]);
  });
});
