import { describe, expect, it } from 'vitest';
import { stepsWholeAboveOne } from './steps-whole-above-one';
import { findingsOf } from '../test-context';

describe(stepsWholeAboveOne.id, () => {
  it('rejects a fractional step count above 1 for each steps strategy', () => {
    const findings = findingsOf(stepsWholeAboveOne, { logging_steps: 2.5, eval_strategy: 'steps', eval_steps: 250.5, save_steps: 1.01 });
    expect(findings.map((f) => f.fields?.[0])).toEqual(['logging_steps', 'eval_steps', 'save_steps']);
    expect(findings[1]?.message).toContain('--eval_steps must be an integer if bigger than 1: 250.5');
  });
  it('accepts ratios, exactly 1, whole numbers, and values whose strategy is not steps', () => {
    expect(findingsOf(stepsWholeAboveOne, { logging_steps: 0.05, save_steps: 1 })).toEqual([]);
    expect(findingsOf(stepsWholeAboveOne, { save_steps: 100 }, { floats: ['save_steps'] })).toEqual([]);
    expect(findingsOf(stepsWholeAboveOne, { save_strategy: 'epoch', save_steps: 2.5 })).toEqual([]);
  });
});
