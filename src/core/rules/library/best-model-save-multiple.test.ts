import { describe, expect, it } from 'vitest';
import { bestModelSaveMultiple } from './best-model-save-multiple';
import { findingsOf } from '../test-context';

const best = { load_best_model_at_end: true, eval_strategy: 'steps', save_strategy: 'steps' } as const;

describe(bestModelSaveMultiple.id, () => {
  it('rejects step counts that are not round multiples', () => {
    expect(findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 1000, save_steps: 1500 })[0]?.message).toContain('not a round multiple of 1000');
  });
  it('offers no fix built on a fractional eval_steps', () => {
    const [finding] = findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 100.5, save_steps: 500 });
    expect(finding?.fix).toBeUndefined();
  });
  it('rejects mixing a ratio with a step count', () => {
    expect(findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 0.3, save_steps: 600 })[0]?.message).toContain('mixing ratio and absolute steps');
  });
  it('rejects ratios that are not multiples and accepts 0.3 over 0.1 despite float rounding', () => {
    expect(findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 0.2, save_steps: 0.3 })).toHaveLength(1);
    expect(findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 0.1, save_steps: 0.3 })).toEqual([]);
  });
  it('accepts multiples, and is silent without load_best_model_at_end', () => {
    expect(findingsOf(bestModelSaveMultiple, { ...best, eval_steps: 100, save_steps: 500 })).toEqual([]);
    expect(findingsOf(bestModelSaveMultiple, { eval_strategy: 'steps', eval_steps: 300, save_steps: 500 })).toEqual([]);
  });
});
