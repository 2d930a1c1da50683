import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { warmupRatioRange } from './warmup-ratio-range';

const check = (values: Parameters<typeof findingsOf>[1]) => findingsOf(warmupRatioRange, values, { target: '4.56' });

describe(warmupRatioRange.id, () => {
  it('rejects a ratio outside [0, 1] with the library’s message', () => {
    expect(check({ warmup_ratio: -0.05 })[0]?.message).toContain('warmup_ratio must lie in range [0,1]');
    expect(check({ warmup_ratio: 1.5 })[0]?.fix?.patch).toEqual({ warmup_ratio: 0 });
  });
  it('offers warmup_steps for a whole number that was meant as steps', () => {
    expect(check({ warmup_ratio: 100 })[0]?.fix?.patch).toEqual({ warmup_ratio: undefined, warmup_steps: 100 });
  });
  it('accepts 0 to 1, and has nothing to say in v5', () => {
    expect(check({ warmup_ratio: 0 })).toEqual([]);
    expect(check({ warmup_ratio: 1 })).toEqual([]);
    expect(findingsOf(warmupRatioRange, { warmup_ratio: 2 })).toEqual([]);
  });
});
