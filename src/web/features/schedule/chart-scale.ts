import type { StepPlan } from '@/core/schedule/step-plan';

/** A step a little above `range / target`, from the 1–2–2.5–5 series, so tick labels stay round. */
export function niceStep(range: number, target: number): number {
  if (!(range > 0) || !(target > 0)) return 1;
  const raw = range / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

/** Round tick values from 0 to at most `max`, about `target` of them. */
export function ticks(max: number, target: number, whole = false): number[] {
  let step = niceStep(max, target);
  if (whole) step = Math.max(1, Math.round(step));
  const out: number[] = [];
  // Multiplying (not adding) keeps 0.1 + 0.2 drift out of the labels.
  for (let i = 0; i * step <= max * (1 + 1e-9); i++) out.push(Number((i * step).toPrecision(12)));
  return out;
}

/** A learning rate as Python people write it: `0`, `3e-05` → `3e-5`, `0.001`, `2.5e-4`. */
export function formatLr(value: number): string {
  if (value === 0) return '0';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs < 1e-3 || abs >= 1e4) {
    const [mantissa = '', exponent = ''] = value.toExponential(3).split('e');
    return `${trimZeros(mantissa)}e${Number(exponent)}`;
  }
  return trimZeros(value.toPrecision(4));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A step count for an axis label: `950`, `12k`, `1.5M`. */
export function formatStepShort(value: number): string {
  if (value < 10_000) return String(value);
  if (value < 1_000_000) return `${trimZeros((value / 1000).toFixed(1))}k`;
  return `${trimZeros((value / 1_000_000).toFixed(2))}M`;
}

/**
 * Which of `columns` equal slices of updates 1..T hold at least one of `steps`: a run's events of any
 * number drawn as at most one mark per pixel.
 */
export function markColumns(steps: readonly number[], totalSteps: number, columns: number): Uint8Array {
  const marks = new Uint8Array(Math.max(0, columns));
  if (totalSteps < 1) return marks;
  for (const step of steps) {
    const column = Math.floor(((step - 1) * columns) / totalSteps);
    if (column >= 0 && column < columns) marks[column] = 1;
  }
  return marks;
}

/** The update (1..T) under a horizontal position `fraction` (0..1) of the plot. */
export function stepAtFraction(fraction: number, totalSteps: number): number {
  return Math.min(totalSteps, Math.max(1, Math.floor(fraction * totalSteps) + 1));
}

/** The updates a slice of the plot `1 / columns` wide covers around update `step`. */
export function columnRange(step: number, totalSteps: number, columns: number): readonly [number, number] {
  if (columns >= totalSteps) return [step, step];
  const column = Math.floor(((step - 1) * columns) / totalSteps);
  const first = Math.floor((column * totalSteps) / columns) + 1;
  const last = Math.floor(((column + 1) * totalSteps) / columns);
  return [first, last];
}

/** The first of the ascending `steps` within `first..last`, or `null`. */
export function firstInRange(steps: readonly number[], first: number, last: number): number | null {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  const found = steps[lo];
  return found !== undefined && found <= last ? found : null;
}

/**
 * The library's `state.epoch` after update `step`: the epoch index plus the share of the epoch's
 * micro-batches drawn so far (a cut last accumulation window counts whole).
 */
export function epochAtStep(plan: Pick<StepPlan, 'updatesPerEpoch' | 'batchesPerEpoch' | 'gradientAccumulation'>, step: number): number {
  const perEpoch = plan.updatesPerEpoch;
  if (perEpoch < 1) return 0;
  const index = Math.floor((step - 1) / perEpoch);
  const inEpoch = step - index * perEpoch;
  const batches = plan.batchesPerEpoch;
  if (batches === null || batches < 1) return index + inEpoch / perEpoch;
  return index + Math.min(inEpoch * plan.gradientAccumulation, batches) / batches;
}
