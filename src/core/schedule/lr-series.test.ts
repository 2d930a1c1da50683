import { describe, expect, it } from 'vitest';
import type { StepSchedule } from './lr-schedule';
import { buildLrSchedule, lrAtUpdate } from './lr-schedule';
import { envelope, lrSeries, sample } from './lr-series';

function schedule(type: string, totalSteps: number, warmupSteps = 0, kwargs: Record<string, number> = {}): StepSchedule {
  const result = buildLrSchedule({ type, kwargs, warmupSteps, totalSteps, learningRate: 2e-4 });
  if (!result.ok || result.value.kind !== 'step') throw new Error('expected a step schedule');
  return result.value;
}

describe('lrSeries', () => {
  it('fills a million updates (speed is measured by `npm run bench`, not asserted here)', () => {
    const series = lrSeries(schedule('cosine', 1_000_000, 2_000));
    expect(series.length).toBe(1_000_000);
    expect(series[1_999]).toBeCloseTo(2e-4 * (1_999 / 2_000), 12);
    expect(series[999_999]).toBeGreaterThan(0);
  });

  it('holds the rate of update k at index k − 1', () => {
    const s = schedule('cosine_with_restarts', 97, 13, { num_cycles: 2 });
    const series = lrSeries(s);
    expect(series.length).toBe(97);
    for (let k = 1; k <= 97; k++) expect(series[k - 1]).toBe(lrAtUpdate(s, k));
  });
});

describe('envelope', () => {
  it('brackets every value of each bucket and touches its extremes', () => {
    const series = lrSeries(schedule('cosine_with_restarts', 10_007, 100, { num_cycles: 7 }));
    const { start, min, max } = envelope(series, 1000);
    expect(min.length).toBe(1000);
    expect(start[0]).toBe(1);
    for (let b = 0; b < min.length; b++) {
      const to = b + 1 < start.length ? start[b + 1]! - 1 : series.length;
      const bucket = Array.from(series.subarray(start[b]! - 1, to));
      expect(min[b]).toBe(Math.min(...bucket));
      expect(max[b]).toBe(Math.max(...bucket));
    }
  });

  it('uses one bucket per update when there are fewer updates than buckets', () => {
    const series = lrSeries(schedule('linear', 5));
    const { start, min, max } = envelope(series, 1000);
    expect(Array.from(start)).toEqual([1, 2, 3, 4, 5]);
    expect(Array.from(min)).toEqual(Array.from(series));
    expect(Array.from(max)).toEqual(Array.from(series));
  });

  it('keeps a restart spike that falls inside a bucket', () => {
    const series = lrSeries(schedule('cosine_with_restarts', 1_000_000, 0, { num_cycles: 3 }));
    const { min, max } = envelope(series, 10);
    // The first cycle ends near 0 and the rate jumps back to the top around update 333,334, inside the fourth bucket.
    expect(min[3]).toBeLessThan(1e-9);
    expect(max[3]).toBeGreaterThan(0.9999 * 2e-4);
    expect(max[2]! - min[2]!).toBeLessThan(max[3]! - min[3]!);
  });
});

describe('sample', () => {
  it('takes every K-th update from the first and always the last', () => {
    const series = lrSeries(schedule('linear', 10));
    const picked = sample(series, 4);
    expect(picked.updates).toEqual([1, 5, 9, 10]);
    expect(picked.values).toEqual([series[0], series[4], series[8], series[9]]);
    expect(sample(series, 3).updates).toEqual([1, 4, 7, 10]);
  });

  it('returns nothing for an empty series', () => {
    expect(sample(new Float64Array(0), 5)).toEqual({ updates: [], values: [] });
  });
});
