import type { StepSchedule } from './lr-schedule';

/**
 * The learning rate at every optimizer update: `series[k − 1]` is the rate of update k = 1..T,
 * i.e. `learningRate × factor(k − 1)`. One typed array, no per-step allocation.
 * @example lrSeries(schedule)[0] // 0 with a linear warmup
 */
export function lrSeries(schedule: StepSchedule): Float64Array {
  const { totalSteps: T, learningRate: lr, factor } = schedule;
  const series = new Float64Array(Math.max(0, T));
  for (let s = 0; s < series.length; s++) series[s] = lr * factor(s);
  return series;
}

/** Per-bucket extremes of a series: enough to draw a curve of any length on a fixed number of pixels. */
export interface Envelope {
  /** First update (1-based) of each bucket; bucket i covers updates `start[i]` to `start[i + 1] − 1`. */
  readonly start: Float64Array;
  readonly min: Float64Array;
  readonly max: Float64Array;
}

/**
 * Splits the series into at most `buckets` runs of consecutive updates (as even as possible) and keeps
 * each run's minimum and maximum, so a spike or a restart inside a bucket still shows.
 * @example envelope(lrSeries(schedule), 1000).min.length // min(1000, T)
 */
export function envelope(series: Float64Array, buckets: number): Envelope {
  const n = series.length;
  const count = Math.max(0, Math.min(n, Math.floor(buckets)));
  const start = new Float64Array(count);
  const min = new Float64Array(count);
  const max = new Float64Array(count);
  for (let b = 0; b < count; b++) {
    const from = Math.floor((b * n) / count);
    const to = Math.floor(((b + 1) * n) / count);
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = from; i < to; i++) {
      const v = series[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    start[b] = from + 1;
    min[b] = lo;
    max[b] = hi;
  }
  return { start, min, max };
}

/** Chosen updates of a series and their rates. */
export interface Sample {
  /** Updates (1-based), ascending. */
  readonly updates: readonly number[];
  readonly values: readonly number[];
}

/**
 * Every `every`-th update starting with update 1 (1, 1 + every, …), plus the last update, so both
 * ends of the curve are always present.
 * @example sample(series, 1000).updates // [1, 1001, 2001, …, T]
 */
export function sample(series: Float64Array, every: number): Sample {
  const updates: number[] = [];
  const values: number[] = [];
  const stride = Math.max(1, Math.floor(every));
  for (let i = 0; i < series.length; i += stride) {
    updates.push(i + 1);
    values.push(series[i]!);
  }
  const last = series.length;
  if (last > 0 && updates[updates.length - 1] !== last) {
    updates.push(last);
    values.push(series[last - 1]!);
  }
  return { updates, values };
}
