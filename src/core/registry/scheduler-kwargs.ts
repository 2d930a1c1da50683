import type { PyValue } from '../py/py-value';
import type { SCHEDULER_TYPES_515 } from './enums';

/** Every schedule name of any target (`greedy` exists from 5.15; the field's choices say which a target has). */
export type SchedulerType = (typeof SCHEDULER_TYPES_515)[number];

/**
 * How the schedule code consumes a kwarg, which decides what Python accepts for it:
 * - `number`: arithmetic or comparison, so int, float or bool (a Python bool is an int); a string raises TypeError
 * - `float-cast`: goes through `float()` first, which also takes numeric strings such as `"1.5"`
 * - `number-or-list`: torch's `min_lr`, a number or one number per parameter group
 * - `choice`: compared with fixed words; a wrong word is a value error with its own message, not a type error
 */
export type KwargKind = 'number' | 'float-cast' | 'number-or-list' | 'choice';

/** The default of a parameter that has none: leaving it out raises "missing 1 required positional argument". */
export const REQUIRED: unique symbol = Symbol('required');

export interface KwargSpec {
  readonly kind: KwargKind;
  /** `None` is the default or otherwise harmless. */
  readonly nullable: boolean;
  /** The Python default (`null` is None), or `REQUIRED`. */
  readonly default: PyValue | typeof REQUIRED;
  /** The fixed words of a `choice` kwarg. */
  readonly choices?: readonly string[];
}

export interface SchedulerSpec {
  /** The Python callable, named as it appears in a `TypeError` about its keyword arguments. */
  readonly callable: string;
  /**
   * False when `get_scheduler` never forwards `lr_scheduler_kwargs` (constant, constant_with_warmup,
   * inverse_sqrt), so any key is silently dropped.
   */
  readonly takesKwargs: boolean;
  /** Keyword arguments the Trainer already passes itself: giving them again raises "got multiple values". */
  readonly passedByTrainer: readonly string[];
  /** The keyword arguments `lr_scheduler_kwargs` may set, in the order of the Python signature. */
  readonly kwargs: Readonly<Record<string, KwargSpec>>;
}

/** The phase shapes `get_wsd_schedule` knows, in the order of its error message. */
export const WSD_TYPES = ['linear', 'cosine', '1-sqrt'] as const;
/** ReduceLROnPlateau's `mode` words. */
export const PLATEAU_MODES = ['min', 'max'] as const;
/** ReduceLROnPlateau's `threshold_mode` words. */
export const PLATEAU_THRESHOLD_MODES = ['rel', 'abs'] as const;

// None is fine exactly where it is the default: the functions test `is None` there and compute with the value elsewhere.
const arg = (kind: Exclude<KwargKind, 'choice'>, fallback: PyValue | typeof REQUIRED): KwargSpec => ({ kind, nullable: fallback === null, default: fallback });
const choice = (choices: readonly string[], fallback: string): KwargSpec => ({ kind: 'choice', nullable: false, default: fallback, choices });

/** `last_epoch` is taken by every LambdaLR schedule; any value but -1 fails on a fresh optimizer (see scheduler-kwarg-value). */
const LAST_EPOCH = arg('number', -1);

// Positional and Trainer-supplied arguments of the LambdaLR schedule functions in optimization.py.
const LAMBDA_RESERVED = ['optimizer', 'num_warmup_steps', 'num_training_steps'];

const IGNORES_KWARGS = (callable: string): SchedulerSpec => ({ callable, takesKwargs: false, passedByTrainer: [], kwargs: {} });

/**
 * What each `lr_scheduler_type` does with `lr_scheduler_kwargs`, from the signatures of the schedule
 * functions in transformers' optimization.py and of torch's ReduceLROnPlateau (torch >= 2.7 has no `verbose`).
 * Read by the scheduler rules (what fails) and by the schedule computation (the effective kwargs).
 */
export const SCHEDULER_SPECS: Readonly<Record<SchedulerType, SchedulerSpec>> = {
  linear: {
    callable: 'get_linear_schedule_with_warmup()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: { last_epoch: LAST_EPOCH },
  },
  cosine: {
    callable: 'get_cosine_schedule_with_warmup()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: { num_cycles: arg('float-cast', 0.5), last_epoch: LAST_EPOCH },
  },
  cosine_with_restarts: {
    callable: 'get_cosine_with_hard_restarts_schedule_with_warmup()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: { num_cycles: arg('float-cast', 1), last_epoch: LAST_EPOCH },
  },
  polynomial: {
    callable: 'get_polynomial_decay_schedule_with_warmup()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: { lr_end: arg('number', 1e-7), power: arg('number', 1.0), last_epoch: LAST_EPOCH },
  },
  constant: IGNORES_KWARGS('get_constant_schedule()'),
  constant_with_warmup: IGNORES_KWARGS('get_constant_schedule_with_warmup()'),
  inverse_sqrt: IGNORES_KWARGS('get_inverse_sqrt_schedule()'),
  reduce_lr_on_plateau: {
    callable: 'ReduceLROnPlateau.__init__()',
    takesKwargs: true,
    // get_scheduler passes neither warmup nor total steps here, so those names are merely unknown.
    passedByTrainer: ['optimizer'],
    kwargs: {
      mode: choice(PLATEAU_MODES, 'min'),
      factor: arg('number', 0.1),
      patience: arg('number', 10),
      threshold: arg('number', 1e-4),
      threshold_mode: choice(PLATEAU_THRESHOLD_MODES, 'rel'),
      cooldown: arg('number', 0),
      min_lr: arg('number-or-list', 0),
      eps: arg('number', 1e-8),
    },
  },
  cosine_with_min_lr: {
    callable: 'get_cosine_with_min_lr_schedule_with_warmup()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: { num_cycles: arg('float-cast', 0.5), last_epoch: LAST_EPOCH, min_lr: arg('number', null), min_lr_rate: arg('number', null) },
  },
  cosine_warmup_with_min_lr: {
    callable: 'get_cosine_with_min_lr_schedule_with_warmup_lr_rate()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: {
      // This variant multiplies num_cycles without float(), so a numeric string breaks it.
      num_cycles: arg('number', 0.5),
      last_epoch: LAST_EPOCH,
      min_lr: arg('number', null),
      min_lr_rate: arg('number', null),
      warmup_lr_rate: arg('float-cast', null),
    },
  },
  warmup_stable_decay: {
    callable: 'get_wsd_schedule()',
    takesKwargs: true,
    passedByTrainer: LAMBDA_RESERVED,
    kwargs: {
      num_decay_steps: arg('number', REQUIRED),
      num_stable_steps: arg('number', null),
      warmup_type: choice(WSD_TYPES, 'linear'),
      decay_type: choice(WSD_TYPES, 'cosine'),
      min_lr_ratio: arg('number', 0),
      num_cycles: arg('float-cast', 0.5),
      last_epoch: LAST_EPOCH,
    },
  },
  // GreedyLR (5.15+): driven by the evaluation metric like ReduceLROnPlateau, built from the kwargs alone.
  greedy: {
    callable: 'GreedyLR.__init__()',
    takesKwargs: true,
    passedByTrainer: ['optimizer'],
    kwargs: {
      mode: choice(PLATEAU_MODES, 'min'),
      factor: arg('number', 0.95),
      patience: arg('number', 10),
      threshold: arg('number', 1e-6),
      threshold_mode: choice(PLATEAU_THRESHOLD_MODES, 'abs'),
      cooldown: arg('number', 0),
      warmup: arg('number', 0),
      min_lr: arg('number-or-list', 1e-3),
      max_lr: arg('number-or-list', 1.0),
      eps: arg('number', 1e-8),
      verbose: arg('number', false),
      smooth: arg('number', false),
      window_size: arg('number', 50),
      reset_start: arg('number', 500),
    },
  },
};
