import type { PyValue } from '../py/py-value';
import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';
import { pyMod } from './py-number';
import type { SchedulerType } from '../registry/scheduler-kwargs';
import { PLATEAU_MODES, PLATEAU_THRESHOLD_MODES, WSD_TYPES } from '../registry/scheduler-kwargs';
import type { EffectiveKwargs } from './scheduler-kwargs';
import { readSchedulerKwargs } from './scheduler-kwargs';

export type { SchedulerType } from '../registry/scheduler-kwargs';

/** Something the user should know about the schedule that is not an error. */
export interface ScheduleNote {
  readonly code: 'warmup-ignored' | 'kwargs-ignored' | 'warmup-covers-run' | 'wsd-stable-given' | 'wsd-phases-mismatch';
  readonly message: string;
}

/** A `LambdaLR` schedule: the applied rate after `s` scheduler steps is `learningRate × factor(s)`. */
export interface StepSchedule {
  readonly kind: 'step';
  readonly type: SchedulerType;
  readonly learningRate: number;
  /** Warmup steps W and total steps T as the schedule function receives them. */
  readonly warmupSteps: number;
  readonly totalSteps: number;
  /** The kwargs the function works with, defaults filled in and derived values (timescale, min_lr_rate, num_stable_steps) included. */
  readonly kwargs: EffectiveKwargs;
  /** Given kwargs the library drops for this type. */
  readonly ignoredKwargs: readonly string[];
  readonly notes: readonly ScheduleNote[];
  /** The multiplier after `s` scheduler steps (s ≥ 0); the k-th update uses `factor(k − 1)`. */
  readonly factor: (s: number) => number;
}

/**
 * `reduce_lr_on_plateau` and `greedy` (5.15+): the rate follows the evaluation metric, so no per-step curve
 * exists in advance.
 */
export interface PlateauSchedule {
  readonly kind: 'plateau';
  readonly type: 'reduce_lr_on_plateau' | 'greedy';
  readonly learningRate: number;
  /** The highest rate it can reach: the base rate for plateau (it only lowers it), `max_lr` for greedy. */
  readonly ceiling: number;
  readonly kwargs: EffectiveKwargs;
  readonly notes: readonly ScheduleNote[];
}

export type LrSchedule = StepSchedule | PlateauSchedule;

export interface LrScheduleInput {
  readonly type: PyValue | undefined;
  readonly learningRate: number;
  readonly warmupSteps: number;
  readonly totalSteps: number;
  readonly kwargs: PyValue | undefined;
}

type Factor = (s: number) => number;
interface Built {
  readonly factor: Factor;
  readonly kwargs: EffectiveKwargs;
  readonly notes?: readonly ScheduleNote[];
}

/**
 * Builds the learning-rate schedule `get_scheduler` would create, as a pure function of the step,
 * or the reason creating it would fail.
 * @example buildLrSchedule({ type: 'linear', learningRate: 1e-3, warmupSteps: 24, totalSteps: 237, kwargs: null })
 * // ok; value.factor(24) === 1, value.factor(236) === 1 / 213
 */
export function buildLrSchedule(input: LrScheduleInput): Result<LrSchedule> {
  const reading = readSchedulerKwargs(input.type, input.kwargs);
  if (!reading.ok) return reading;
  const { type, kwargs, ignored } = reading.value;
  const { learningRate: lr, warmupSteps: W, totalSteps: T } = input;
  if (type === 'reduce_lr_on_plateau') return plateau(lr, kwargs);
  if (type === 'greedy') return greedy(lr, kwargs);
  const built = build(type, kwargs, lr, W, T);
  if (!built.ok) return built;
  const notes = [...scheduleNotes(type, W, T, ignored), ...(built.value.notes ?? [])];
  return succeed({
    kind: 'step',
    type,
    learningRate: lr,
    warmupSteps: W,
    totalSteps: T,
    kwargs: built.value.kwargs,
    ignoredKwargs: ignored,
    notes,
    factor: built.value.factor,
  });
}

/** The rate applied at optimizer update `k` (1-based): the scheduler has stepped `k − 1` times.
 * @example lrAtUpdate(schedule, 1) // 0 for any schedule that starts with warmup
 */
export function lrAtUpdate(schedule: StepSchedule, k: number): number {
  return schedule.learningRate * schedule.factor(k - 1);
}

function scheduleNotes(type: SchedulerType, W: number, T: number, ignored: readonly string[]): ScheduleNote[] {
  const notes: ScheduleNote[] = [];
  if (type === 'constant' && W > 0) {
    notes.push({ code: 'warmup-ignored', message: `The constant schedule is built without warmup, so the ${W} warmup steps have no effect.` });
  }
  if (ignored.length > 0) {
    notes.push({
      code: 'kwargs-ignored',
      message: `${type} does not receive lr_scheduler_kwargs; ${ignored.join(', ')} ${ignored.length === 1 ? 'is' : 'are'} ignored.`,
    });
  }
  if (type !== 'constant' && W >= T && W > 0) {
    notes.push({ code: 'warmup-covers-run', message: `Warmup (${W} steps) lasts as long as training (${T} steps): the peak learning rate is never reached.` });
  }
  return notes;
}

const num = (value: PyValue | undefined): number => (typeof value === 'number' ? value : Number.NaN);
const warmup = (s: number, W: number): number => s / Math.max(1, W);
const cosineWave = (cycles: number, progress: number): number => 0.5 * (1.0 + Math.cos(Math.PI * cycles * 2.0 * progress));

function build(type: Exclude<SchedulerType, 'reduce_lr_on_plateau' | 'greedy'>, kw: EffectiveKwargs, lr: number, W: number, T: number): Result<Built> {
  switch (type) {
    case 'constant':
      return succeed({ factor: () => 1, kwargs: {} });
    case 'constant_with_warmup':
      return succeed({ factor: (s) => (s < W ? warmup(s, W) : 1.0), kwargs: {} });
    case 'linear':
      return succeed({ factor: (s) => (s < W ? warmup(s, W) : Math.max(0.0, (T - s) / Math.max(1, T - W))), kwargs: {} });
    case 'inverse_sqrt': {
      // get_scheduler never forwards kwargs here, so the timescale is always derived from W.
      const timescale = W || 10_000;
      const shift = timescale - W;
      return succeed({ factor: (s) => (s < W ? warmup(s, W) : 1.0 / Math.sqrt((s + shift) / timescale)), kwargs: { timescale } });
    }
    case 'cosine':
      return succeed({ factor: cosineFactor(W, T, num(kw.num_cycles), 0), kwargs: kw });
    case 'cosine_with_restarts': {
      const cycles = num(kw.num_cycles);
      const factor: Factor = (s) => {
        if (s < W) return warmup(s, W);
        const progress = (s - W) / Math.max(1, T - W);
        if (progress >= 1.0) return 0.0;
        return Math.max(0.0, 0.5 * (1.0 + Math.cos(Math.PI * pyMod(cycles * progress, 1.0))));
      };
      return succeed({ factor, kwargs: kw });
    }
    case 'polynomial':
      return polynomial(kw, lr, W, T);
    case 'cosine_with_min_lr':
    case 'cosine_warmup_with_min_lr':
      return cosineWithMinLr(type, kw, lr, W, T);
    case 'warmup_stable_decay':
      return warmupStableDecay(kw, W, T);
  }
}

function cosineFactor(W: number, T: number, cycles: number, floor: number): Factor {
  return (s) => {
    if (s < W) return warmup(s, W);
    const progress = (s - W) / Math.max(1, T - W);
    return Math.max(0, cosineWave(cycles, progress) * (1 - floor) + floor);
  };
}

function polynomial(kw: EffectiveKwargs, lr: number, W: number, T: number): Result<Built> {
  const lrEnd = num(kw.lr_end);
  const power = num(kw.power);
  if (!(lr > lrEnd)) {
    return fail('polynomial-lr-end', `The polynomial schedule decays towards lr_end (${lrEnd}), which must be below learning_rate (${lr}).`, [
      'lr_scheduler_kwargs',
      'learning_rate',
    ]);
  }
  const range = lr - lrEnd;
  const decaySteps = T - W;
  const factor: Factor = (s) => {
    if (s < W) return warmup(s, W);
    // Past T (and at s = W = T, where Python divides by zero) the rate rests at lr_end.
    if (s > T || decaySteps === 0) return lrEnd / lr;
    const remaining = 1 - (s - W) / decaySteps;
    return (range * remaining ** power + lrEnd) / lr;
  };
  return succeed({ factor, kwargs: kw });
}

function cosineWithMinLr(type: 'cosine_with_min_lr' | 'cosine_warmup_with_min_lr', kw: EffectiveKwargs, lr: number, W: number, T: number): Result<Built> {
  const hasMin = kw.min_lr !== null;
  const hasRate = kw.min_lr_rate !== null;
  if (hasMin === hasRate) {
    const why = hasMin ? 'both are set' : 'neither is set';
    return fail('min-lr-exactly-one', `${type} needs exactly one of lr_scheduler_kwargs.min_lr and min_lr_rate; ${why}.`, ['lr_scheduler_kwargs']);
  }
  if (hasMin && lr === 0) {
    return fail('invalid-value', `min_lr is relative to learning_rate, which is 0.`, ['learning_rate', 'lr_scheduler_kwargs']);
  }
  const rate = hasMin ? num(kw.min_lr) / lr : num(kw.min_lr_rate);
  const kwargs = { ...kw, min_lr_rate: rate };
  const cycles = num(kw.num_cycles);
  if (type === 'cosine_with_min_lr') return succeed({ factor: cosineFactor(W, T, cycles, rate), kwargs });

  const start = kw.warmup_lr_rate === null ? null : num(kw.warmup_lr_rate);
  const factor: Factor = (s) => {
    if (s < W) {
      if (start === null) return (s + 1.0) / Math.max(1.0, W);
      return start + ((1.0 - start) * s) / Math.max(1, W - 1);
    }
    const progress = (s - W + 1.0) / Math.max(1.0, T - W);
    return Math.max(0, cosineWave(cycles, progress) * (1 - rate) + rate);
  };
  return succeed({ factor, kwargs });
}

type WsdShape = (typeof WSD_TYPES)[number];

function warmupStableDecay(kw: EffectiveKwargs, W: number, T: number): Result<Built> {
  const warmupType = WSD_TYPES.find((shape) => shape === kw.warmup_type);
  const decayType = WSD_TYPES.find((shape) => shape === kw.decay_type);
  if (warmupType === undefined || decayType === undefined) {
    const [phase, value] = warmupType === undefined ? ['warmup_type', kw.warmup_type] : ['decay_type', kw.decay_type];
    return fail('wsd-unknown-type', `lr_scheduler_kwargs.${phase} must be 'linear', 'cosine' or '1-sqrt', got ${JSON.stringify(value)}.`, [
      'lr_scheduler_kwargs',
    ]);
  }
  const D = num(kw.num_decay_steps);
  const stableGiven = kw.num_stable_steps !== null;
  const S = stableGiven ? num(kw.num_stable_steps) : T - W - D;
  const m = num(kw.min_lr_ratio);
  const cycles = num(kw.num_cycles);
  const rise = warmupShape(warmupType);
  const fall = decayShape(decayType, cycles);
  const factor: Factor = (s) => {
    if (s < W) return Math.max(0.0, rise(s / Math.max(1, W)) * (1.0 - m) + m);
    if (s < W + S) return 1.0;
    if (s < W + S + D) return Math.max(0.0, fall((s - W - S) / Math.max(1, D)) * (1.0 - m) + m);
    return m;
  };
  const notes: ScheduleNote[] = [];
  if (stableGiven) {
    notes.push({ code: 'wsd-stable-given', message: 'num_stable_steps is given, so it is used as is rather than derived from the total steps.' });
  }
  if (S < 0) {
    notes.push({
      code: 'wsd-phases-mismatch',
      message: `Warmup ${W} + decay ${D} steps exceed the ${T} training steps, so there is no stable phase and the decay starts part-way.`,
    });
  } else if (W + S + D !== T) {
    notes.push({
      code: 'wsd-phases-mismatch',
      message: `Warmup ${W} + stable ${S} + decay ${D} = ${W + S + D} steps, but training runs ${T}: ${W + S + D < T ? `the last ${T - (W + S + D)} steps stay at min_lr_ratio` : 'the schedule is cut off before it ends'}.`,
    });
  }
  return succeed({ factor, kwargs: { ...kw, num_stable_steps: S }, notes });
}

function warmupShape(shape: WsdShape): (p: number) => number {
  if (shape === 'linear') return (p) => p;
  if (shape === 'cosine') return (p) => 0.5 * (1.0 - Math.cos(Math.PI * p));
  return (p) => 1.0 - Math.sqrt(1.0 - p);
}

function decayShape(shape: WsdShape, cycles: number): (p: number) => number {
  if (shape === 'linear') return (p) => 1.0 - p;
  if (shape === 'cosine') return (p) => cosineWave(cycles, p);
  return (p) => 1.0 - Math.sqrt(p);
}

function plateau(lr: number, kwargs: EffectiveKwargs): Result<PlateauSchedule> {
  if (!PLATEAU_MODES.some((mode) => mode === kwargs.mode)) {
    return fail('plateau-kwarg-value', `lr_scheduler_kwargs.mode must be "min" or "max", got ${JSON.stringify(kwargs.mode)}.`, ['lr_scheduler_kwargs']);
  }
  if (!PLATEAU_THRESHOLD_MODES.some((mode) => mode === kwargs.threshold_mode)) {
    return fail('plateau-kwarg-value', `lr_scheduler_kwargs.threshold_mode must be "rel" or "abs", got ${JSON.stringify(kwargs.threshold_mode)}.`, [
      'lr_scheduler_kwargs',
    ]);
  }
  if (!(num(kwargs.factor) < 1.0)) {
    return fail(
      'plateau-kwarg-value',
      `lr_scheduler_kwargs.factor multiplies the rate on a plateau and must be below 1, got ${JSON.stringify(kwargs.factor)}.`,
      ['lr_scheduler_kwargs'],
    );
  }
  return succeed({ kind: 'plateau', type: 'reduce_lr_on_plateau', learningRate: lr, ceiling: lr, kwargs, notes: [] });
}

/** GreedyLR: the same mode words as plateau, a factor below 1, and a rate kept within [min_lr, max_lr]. */
function greedy(lr: number, kwargs: EffectiveKwargs): Result<PlateauSchedule> {
  if (!PLATEAU_MODES.some((mode) => mode === kwargs.mode)) {
    return fail('plateau-kwarg-value', `lr_scheduler_kwargs.mode must be "min" or "max", got ${JSON.stringify(kwargs.mode)}.`, ['lr_scheduler_kwargs']);
  }
  if (!(num(kwargs.factor) < 1.0)) {
    return fail(
      'plateau-kwarg-value',
      `lr_scheduler_kwargs.factor scales the rate up and down and must be below 1 (GreedyLR raises "Factor should be < 1.0."), got ${JSON.stringify(kwargs.factor)}.`,
      ['lr_scheduler_kwargs'],
    );
  }
  const maxLr = typeof kwargs.max_lr === 'number' ? kwargs.max_lr : lr;
  return succeed({ kind: 'plateau', type: 'greedy', learningRate: lr, ceiling: maxLr, kwargs, notes: [] });
}
