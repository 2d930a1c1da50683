import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { warmupStepsInt } from './warmup-steps-int';

const check = (values: Parameters<typeof findingsOf>[1], floats: string[] = []) => findingsOf(warmupStepsInt, values, { target: '4.56', floats });

describe(warmupStepsInt.id, () => {
  it('rejects floats, negatives and text with the library’s message', () => {
    for (const [value, floats] of [
      [0.1, []],
      [10, ['warmup_steps']],
      [-1, []],
      ['10', []],
      [null, []],
    ] as const) {
      expect(check({ warmup_steps: value }, [...floats])[0]?.message, String(value)).toContain('must be of type int');
    }
  });
  it('moves a fraction to warmup_ratio and drops the decimal point of a whole float', () => {
    expect(check({ warmup_steps: 0.03 })[0]?.fix?.patch).toEqual({ warmup_steps: undefined, warmup_ratio: 0.03 });
    expect(check({ warmup_steps: 10 }, ['warmup_steps'])[0]?.fix?.patch).toEqual({ warmup_steps: 10 });
  });
  it('accepts whole steps ≥ 0, and leaves v5 (where warmup_steps is a float) alone', () => {
    expect(check({ warmup_steps: 0 })).toEqual([]);
    expect(check({ warmup_steps: 500 })).toEqual([]);
    expect(findingsOf(warmupStepsInt, { warmup_steps: 0.1 })).toEqual([]);
  });
});
