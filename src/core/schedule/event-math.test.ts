import { describe, expect, it } from 'vitest';
import { countFiringSteps, epochAt, epochEnds, firingSteps } from './event-math';

describe('firingSteps', () => {
  it('lists the multiples of the interval up to the total', () => {
    expect(firingSteps(4, 18)).toEqual([4, 8, 12, 16]);
    expect(firingSteps(1, 3)).toEqual([1, 2, 3]);
    expect(firingSteps(20, 10)).toEqual([]);
  });

  it('starts at the first multiple not below `from` (a fractional delay rounds up)', () => {
    expect(firingSteps(5, 30, 12)).toEqual([15, 20, 25, 30]);
    expect(firingSteps(5, 30, 9.5)).toEqual([10, 15, 20, 25, 30]);
    expect(firingSteps(5, 30, 15)).toEqual([15, 20, 25, 30]);
  });

  it('fires at multiples of |interval| for a negative one, as Python modulo does', () => {
    expect(firingSteps(-3, 10)).toEqual([3, 6, 9]);
  });

  it('never fires for 0 or NaN', () => {
    expect(firingSteps(0, 10)).toEqual([]);
    expect(firingSteps(Number.NaN, 10)).toEqual([]);
  });

  it('handles a fractional interval with float modulo', () => {
    expect(firingSteps(2.5, 12)).toEqual([5, 10]);
  });
});

describe('countFiringSteps', () => {
  it('agrees with the length of firingSteps', () => {
    for (const interval of [1, 2, 3, 7, 50, -4, 0, 2.5]) {
      for (const total of [0, 1, 9, 100, 101]) {
        for (const from of [0, 1, 3.2, 50, 200]) {
          expect(countFiringSteps(interval, total, from)).toBe(firingSteps(interval, total, from).length);
        }
      }
    }
  });
});

describe('epochEnds', () => {
  it('puts ends at multiples of the epoch length and cuts the last at the total', () => {
    const ends = epochEnds({ totalSteps: 40, updatesPerEpoch: 16, microBatchesPerEpoch: 64, gradientAccumulation: 4 });
    expect(ends.steps).toEqual([16, 32, 40]);
    // 8 of 16 updates done in the third epoch, 4 micro-batches each, out of 64.
    expect(ends.finalEpoch).toBe(2 + (8 * 4) / 64);
  });

  it('gives a whole final epoch when the total is a multiple', () => {
    const ends = epochEnds({ totalSteps: 48, updatesPerEpoch: 16, microBatchesPerEpoch: 61, gradientAccumulation: 4 });
    expect(ends.steps).toEqual([16, 32, 48]);
    expect(ends.finalEpoch).toBe(3);
  });

  it('cuts a single epoch that is longer than the run', () => {
    const ends = epochEnds({ totalSteps: 10, updatesPerEpoch: 100, microBatchesPerEpoch: 200, gradientAccumulation: 2 });
    expect(ends.steps).toEqual([10]);
    expect(ends.finalEpoch).toBe(0.1);
  });

  it('has no end for an empty run', () => {
    expect(epochEnds({ totalSteps: 0, updatesPerEpoch: 5, microBatchesPerEpoch: 5, gradientAccumulation: 1 }).steps).toEqual([]);
  });
});

describe('epochAt', () => {
  it('numbers whole epochs from 1 and reports the fractional last one', () => {
    const ends = { steps: [16, 32, 40], finalEpoch: 2.5 };
    expect([0, 1, 2].map((i) => epochAt(ends, i))).toEqual([1, 2, 2.5]);
  });
});
