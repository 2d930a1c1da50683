// Step arithmetic shared by the step plan (counts) and the event timeline (lists).

/**
 * The global steps in `from..total` at which the library's `global_step % interval == 0` holds.
 * Python's modulo is zero at the multiples of |interval| whatever its sign; 0 and NaN never fire
 * (the library either rejects them or guards them with `> 0`).
 * @example firingSteps(3, 10) // [3, 6, 9]
 */
export function firingSteps(interval: number, total: number, from = 1): number[] {
  const steps: number[] = [];
  const step = Math.abs(interval);
  if (!(step > 0) || !Number.isFinite(step)) return steps;
  const start = Math.max(1, Math.ceil(from));
  if (Number.isInteger(step)) {
    for (let k = Math.ceil(start / step) * step; k <= total; k += step) steps.push(k);
    return steps;
  }
  // A fractional interval (only an invalid config has one) fires where the float modulo is exactly 0.
  for (let k = start; k <= total; k++) if (k % step === 0) steps.push(k);
  return steps;
}

/** How many steps `firingSteps` would list, without listing them.
 * @example countFiringSteps(3, 10, 4) // 2
 */
export function countFiringSteps(interval: number, total: number, from = 1): number {
  const step = Math.abs(interval);
  if (!(step > 0) || !Number.isFinite(step)) return 0;
  const start = Math.max(1, Math.ceil(from));
  if (!Number.isInteger(step)) return firingSteps(interval, total, from).length;
  if (start > total) return 0;
  return Math.floor(total / step) - Math.floor((start - 1) / step);
}

/** The shape of the epoch loop: how updates and micro-batches group into epochs. */
export interface EpochShape {
  readonly totalSteps: number;
  readonly updatesPerEpoch: number;
  /** Micro-batches one process draws per epoch (the library's `steps_in_epoch`). */
  readonly microBatchesPerEpoch: number;
  readonly gradientAccumulation: number;
}

/**
 * Where epochs end: every `updatesPerEpoch` updates, the last one cut short at the total.
 * `finalEpoch` is the library's fractional `state.epoch` at the last end; every earlier end `i`
 * (0-based) is at epoch `i + 1` exactly.
 */
export interface EpochEnds {
  readonly steps: readonly number[];
  readonly finalEpoch: number;
}

/** Lists the epoch ends of a run.
 * @example epochEnds({ totalSteps: 40, updatesPerEpoch: 16, microBatchesPerEpoch: 64, gradientAccumulation: 4 })
 * // { steps: [16, 32, 40], finalEpoch: 2.5 }
 */
export function epochEnds(shape: EpochShape): EpochEnds {
  const { totalSteps: total, updatesPerEpoch: perEpoch } = shape;
  const steps: number[] = [];
  if (total < 1) return { steps, finalEpoch: 0 };
  for (let k = perEpoch; k < total; k += perEpoch) steps.push(k);
  const whole = steps.length;
  const inLast = total - whole * perEpoch;
  steps.push(total);
  // The library sets epoch = index + micro_batches_done / steps_in_epoch after each update.
  const finalEpoch = inLast >= perEpoch ? whole + 1 : whole + (inLast * shape.gradientAccumulation) / shape.microBatchesPerEpoch;
  return { steps, finalEpoch };
}

/** The library's `state.epoch` at epoch end `index` of `ends`.
 * @example epochAt({ steps: [16, 32, 40], finalEpoch: 2.5 }, 1) // 2
 */
export function epochAt(ends: EpochEnds, index: number): number {
  return index === ends.steps.length - 1 ? ends.finalEpoch : index + 1;
}
