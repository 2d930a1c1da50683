import { computeSchedule } from '@/core/schedule/compute-schedule';
import type { Timeline } from '@/core/schedule/events';
import type { PlateauSchedule, StepSchedule } from '@/core/schedule/lr-schedule';
import type { ResolvedArgs } from '@/core/schedule/read-args';
import type { Retention } from '@/core/schedule/retention';
import type { RunContext } from '@/core/schedule/run-context';
import type { StepPlan } from '@/core/schedule/step-plan';
import { planSteps } from '@/core/schedule/step-plan';

/** Longest run whose learning rates are computed and drawn: 10M updates are an 80 MB series already. */
export const MAX_SERIES_STEPS = 10_000_000;

/** A learning-rate schedule without its `factor` function, so it can cross from a worker. */
export type LrInfo = Omit<StepSchedule, 'factor'> | PlateauSchedule;

/** Why something could not be worked out: a core schedule error, or one of the web's own. */
export interface SnapshotError {
  readonly code: string;
  readonly message: string;
  readonly fields: readonly string[];
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SnapshotError };

export interface ScheduleDetail {
  readonly lr: LrInfo;
  /** The rate of updates 1..T; `null` for reduce_lr_on_plateau. */
  readonly series: Float64Array | null;
  readonly timeline: Timeline;
  readonly retention: Retention;
}

/** Everything the schedule panels show, as plain data (structured-cloneable). */
export interface ScheduleSnapshot {
  readonly plan: StepPlan;
  /** The rates, events and checkpoints, the reason they cannot be worked out, or `null` past `MAX_SERIES_STEPS`. */
  readonly detail: Outcome<ScheduleDetail> | null;
}

/**
 * The step plan (the derived numbers) and, where it can be worked out, the rest of the schedule.
 * The plan stands on its own, so a scheduler-kwargs problem never hides the step counts.
 */
export function computeSnapshot(args: ResolvedArgs, run: RunContext): Outcome<ScheduleSnapshot> {
  const plan = planSteps(args, run);
  if (!plan.ok) return plan;
  if (plan.value.totalSteps > MAX_SERIES_STEPS) return { ok: true, value: { plan: plan.value, detail: null } };
  const schedule = computeSchedule(args, run);
  if (!schedule.ok) return { ok: true, value: { plan: plan.value, detail: schedule } };
  const { lr, series, timeline, retention } = schedule.value;
  return { ok: true, value: { plan: plan.value, detail: { ok: true, value: { lr: withoutFactor(lr), series, timeline, retention } } } };
}

function withoutFactor(lr: StepSchedule | PlateauSchedule): LrInfo {
  if (lr.kind === 'plateau') return lr;
  const { factor, ...rest } = lr;
  void factor; // A function cannot be posted between threads; the series carries its values.
  return rest;
}

/** The buffers a snapshot can hand over to another thread instead of copying. */
export function transferables(result: Outcome<ScheduleSnapshot>): ArrayBuffer[] {
  const series = result.ok && result.value.detail?.ok ? result.value.detail.value.series : null;
  return series ? [series.buffer as ArrayBuffer] : [];
}

/** A step list as it crosses threads: one typed array instead of an array of tagged numbers. */
type Packed = { readonly packed: Float64Array };
type Pack<T> = T extends readonly number[] ? Packed : T extends object ? { readonly [K in keyof T]: Pack<T[K]> } : T;

/** A snapshot in the form it is posted in (step lists packed). */
export type PackedOutcome = Pack<Outcome<ScheduleSnapshot>>;

// Structured cloning copies a plain array element by element with a type tag each: 100,000 log steps
// cost ~40 ms to receive. The same steps as a transferred Float64Array cost nothing.
function packSteps(steps: readonly number[], buffers: ArrayBuffer[]): Packed {
  const packed = Float64Array.from(steps);
  buffers.push(packed.buffer);
  return { packed };
}

function isPacked(value: unknown): value is Packed {
  return typeof value === 'object' && value !== null && (value as Partial<Packed>).packed instanceof Float64Array;
}

/**
 * Replaces every long number list in a snapshot by a transferable typed array; `buffers` collects
 * what to transfer (the series included).
 */
export function packOutcome(result: Outcome<ScheduleSnapshot>, buffers: ArrayBuffer[]): PackedOutcome {
  buffers.push(...transferables(result));
  return walk(result, (value) => (isNumberList(value) && value.length > 64 ? packSteps(value, buffers) : undefined)) as PackedOutcome;
}

/** Undoes `packOutcome`. */
export function unpackOutcome(packed: PackedOutcome): Outcome<ScheduleSnapshot> {
  return walk(packed, (value) => (isPacked(value) ? toArray(value.packed) : undefined)) as Outcome<ScheduleSnapshot>;
}

// An indexed loop: several times faster than Array.from or spreading a typed array.
function toArray(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i]!;
  return out;
}

function isNumberList(value: unknown): value is readonly number[] {
  return Array.isArray(value) && typeof value[0] === 'number';
}

/** Copies plain objects and arrays, letting `replace` substitute any value (typed arrays pass as they are). */
function walk(value: unknown, replace: (value: unknown) => unknown): unknown {
  const replaced = replace(value);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) return value.map((item) => walk(item, replace));
  if (typeof value === 'object' && value !== null && !ArrayBuffer.isView(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, replace)]));
  }
  return value;
}
