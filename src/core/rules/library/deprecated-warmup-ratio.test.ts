import { describe, expect, it } from 'vitest';
import { deprecatedWarmupRatio } from './deprecated-warmup-ratio';
import { findingsOf } from '../test-context';

describe(deprecatedWarmupRatio.id, () => {
  it('warns and offers to move the ratio into warmup_steps', () => {
    const [finding] = findingsOf(deprecatedWarmupRatio, { warmup_ratio: 0.1, warmup_steps: 100 });
    expect(finding?.message).toMatch(/overrides the warmup_steps you set \(100\)/);
    expect(finding?.fix?.patch).toEqual({ warmup_steps: 0.1, warmup_ratio: undefined });
  });
  it('is silent when warmup_ratio is unset or None', () => {
    expect(findingsOf(deprecatedWarmupRatio, { warmup_steps: 0.1 })).toEqual([]);
    expect(findingsOf(deprecatedWarmupRatio, { warmup_ratio: null })).toEqual([]);
  });
});

describe(`${deprecatedWarmupRatio.id} for transformers 4.56`, () => {
  it('says nothing: warmup_ratio is an ordinary argument there', () => {
    expect(findingsOf(deprecatedWarmupRatio, { warmup_ratio: 0.1 }, { target: '4.56' })).toEqual([]);
  });
});
