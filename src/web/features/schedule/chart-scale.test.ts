import { describe, expect, it } from 'vitest';
import { columnRange, epochAtStep, firstInRange, formatLr, formatStepShort, markColumns, niceStep, stepAtFraction, ticks } from './chart-scale';

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5, 5 or 10 times a power of ten', () => {
    expect(niceStep(237, 5)).toBe(50);
    expect(niceStep(5e-5, 4)).toBeCloseTo(2e-5);
    expect(niceStep(1_000_000, 6)).toBe(200_000);
    expect(niceStep(0, 4)).toBe(1);
  });
});

describe('ticks', () => {
  it('lists round values from zero without float drift', () => {
    expect(ticks(237, 5, true)).toEqual([0, 50, 100, 150, 200]);
    expect(ticks(5.4e-5, 4)).toEqual([0, 2e-5, 4e-5]);
    expect(ticks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(ticks(3, 10, true)).toEqual([0, 1, 2, 3]);
  });
});

describe('formatLr', () => {
  it('writes small rates in short scientific notation', () => {
    expect(formatLr(5e-5)).toBe('5e-5');
    expect(formatLr(2.5e-4)).toBe('2.5e-4');
    expect(formatLr(3.1234567e-5)).toBe('3.123e-5');
    expect(formatLr(0)).toBe('0');
    expect(formatLr(0.001)).toBe('0.001');
    expect(formatLr(0.0125)).toBe('0.0125');
  });
});

describe('formatStepShort', () => {
  it('abbreviates large step counts', () => {
    expect(formatStepShort(950)).toBe('950');
    expect(formatStepShort(12_000)).toBe('12k');
    expect(formatStepShort(250_500)).toBe('250.5k');
    expect(formatStepShort(1_500_000)).toBe('1.5M');
  });
});

describe('markColumns', () => {
  it('marks each column that holds an event, whatever the number of events', () => {
    expect(Array.from(markColumns([1, 5, 10], 10, 5))).toEqual([1, 0, 1, 0, 1]);
    const every = Array.from({ length: 1_000_000 }, (_, i) => i + 1);
    expect(markColumns(every, 1_000_000, 400).every((m) => m === 1)).toBe(true);
    expect(Array.from(markColumns([3], 3, 10))).toEqual([0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });
});

describe('stepAtFraction and columnRange', () => {
  it('map plot positions to updates and back', () => {
    expect(stepAtFraction(0, 237)).toBe(1);
    expect(stepAtFraction(1, 237)).toBe(237);
    expect(stepAtFraction(0.5, 10)).toBe(6);
    expect(columnRange(5, 10, 20)).toEqual([5, 5]);
    expect(columnRange(1_234, 1_000_000, 500)).toEqual([1, 2000]);
    expect(columnRange(1_000_000, 1_000_000, 500)).toEqual([998_001, 1_000_000]);
  });
});

describe('firstInRange', () => {
  it('finds the first event inside a range by bisection', () => {
    expect(firstInRange([12, 24, 36], 13, 30)).toBe(24);
    expect(firstInRange([12, 24, 36], 25, 35)).toBeNull();
    expect(firstInRange([], 1, 10)).toBeNull();
  });
});

describe('epochAtStep', () => {
  const plan = { updatesPerEpoch: 79, batchesPerEpoch: 313, gradientAccumulation: 4 };
  it('counts micro-batches the way the Trainer reports state.epoch', () => {
    expect(epochAtStep(plan, 1)).toBeCloseTo(4 / 313);
    expect(epochAtStep(plan, 79)).toBe(1);
    expect(epochAtStep(plan, 80)).toBeCloseTo(1 + 4 / 313);
    expect(epochAtStep(plan, 237)).toBe(3);
  });
  it('counts updates without a dataset length', () => {
    expect(epochAtStep({ updatesPerEpoch: 100, batchesPerEpoch: null, gradientAccumulation: 1 }, 50)).toBe(0.5);
  });
});
