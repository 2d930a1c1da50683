import { isDict, type PyDict, type PyValue } from '../py/py-value';
import type { ResolvedValues } from '../resolve/provenance';

/**
 * How the schedule code uses a kwarg, which decides what Python accepts for it:
 * - `number`: arithmetic or comparison, so int, float or bool (a Python bool is an int); a string raises TypeError
 * - `float-cast`: goes through `float()` first, which also takes numeric strings such as `"1.5"`
 * - `number-or-list`: torch's `min_lr`, a number or one number per parameter group
 * - `choice`: compared with fixed words; wrong values are reported by their own rules, not as a type error
 */
export type KwargKind = 'number' | 'float-cast' | 'number-or-list' | 'choice';

export interface KwargSpec {
  readonly kind: KwargKind;
  /** `None` is the default or otherwise harmless. */
  readonly nullable: boolean;
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
  readonly kwargs: Readonly<Record<string, KwargSpec>>;
  /** Keyword arguments the Trainer already passes itself: giving them again raises "got multiple values". */
  readonly passedByTrainer: readonly string[];
}

const NUMBER: KwargSpec = { kind: 'number', nullable: false };
const OPTIONAL_NUMBER: KwargSpec = { kind: 'number', nullable: true };
const FLOAT_CAST: KwargSpec = { kind: 'float-cast', nullable: false };
const OPTIONAL_FLOAT_CAST: KwargSpec = { kind: 'float-cast', nullable: true };
/** `last_epoch` is taken by every LambdaLR schedule; any value but -1 fails on a fresh optimizer (see scheduler-kwarg-value). */
const LAST_EPOCH: KwargSpec = NUMBER;
export const WSD_TYPES = ['linear', 'cosine', '1-sqrt'] as const;

// Positional and Trainer-supplied arguments of the LambdaLR schedule functions in optimization.py.
const LAMBDA_RESERVED = ['optimizer', 'num_warmup_steps', 'num_training_steps'];

const IGNORES_KWARGS = (callable: string): SchedulerSpec => ({ callable, takesKwargs: false, kwargs: {}, passedByTrainer: [] });

/**
 * What each `lr_scheduler_type` does with `lr_scheduler_kwargs`, from the signatures of the schedule
 * functions in transformers' optimization.py and of torch's ReduceLROnPlateau (torch >= 2.7 has no `verbose`).
 */
export const SCHEDULER_SPECS: Readonly<Record<string, SchedulerSpec>> = {
  linear: {
    callable: 'get_linear_schedule_with_warmup()',
    takesKwargs: true,
    kwargs: { last_epoch: LAST_EPOCH },
    passedByTrainer: LAMBDA_RESERVED,
  },
  cosine: {
    callable: 'get_cosine_schedule_with_warmup()',
    takesKwargs: true,
    kwargs: { num_cycles: FLOAT_CAST, last_epoch: LAST_EPOCH },
    passedByTrainer: LAMBDA_RESERVED,
  },
  cosine_with_restarts: {
    callable: 'get_cosine_with_hard_restarts_schedule_with_warmup()',
    takesKwargs: true,
    kwargs: { num_cycles: FLOAT_CAST, last_epoch: LAST_EPOCH },
    passedByTrainer: LAMBDA_RESERVED,
  },
  polynomial: {
    callable: 'get_polynomial_decay_schedule_with_warmup()',
    takesKwargs: true,
    kwargs: { lr_end: NUMBER, power: NUMBER, last_epoch: LAST_EPOCH },
    passedByTrainer: LAMBDA_RESERVED,
  },
  constant: IGNORES_KWARGS('get_constant_schedule()'),
  constant_with_warmup: IGNORES_KWARGS('get_constant_schedule_with_warmup()'),
  inverse_sqrt: IGNORES_KWARGS('get_inverse_sqrt_schedule()'),
  reduce_lr_on_plateau: {
    callable: 'ReduceLROnPlateau.__init__()',
    takesKwargs: true,
    kwargs: {
      mode: { kind: 'choice', nullable: false, choices: ['min', 'max'] },
      factor: NUMBER,
      patience: NUMBER,
      threshold: NUMBER,
      threshold_mode: { kind: 'choice', nullable: false, choices: ['rel', 'abs'] },
      cooldown: NUMBER,
      min_lr: { kind: 'number-or-list', nullable: false },
      eps: NUMBER,
    },
    passedByTrainer: ['optimizer'],
  },
  cosine_with_min_lr: {
    callable: 'get_cosine_with_min_lr_schedule_with_warmup()',
    takesKwargs: true,
    kwargs: { num_cycles: FLOAT_CAST, last_epoch: LAST_EPOCH, min_lr: OPTIONAL_NUMBER, min_lr_rate: OPTIONAL_NUMBER },
    passedByTrainer: LAMBDA_RESERVED,
  },
  cosine_warmup_with_min_lr: {
    callable: 'get_cosine_with_min_lr_schedule_with_warmup_lr_rate()',
    takesKwargs: true,
    // This variant multiplies num_cycles without float(), so a numeric string breaks it.
    kwargs: {
      num_cycles: NUMBER,
      last_epoch: LAST_EPOCH,
      min_lr: OPTIONAL_NUMBER,
      min_lr_rate: OPTIONAL_NUMBER,
      warmup_lr_rate: OPTIONAL_FLOAT_CAST,
    },
    passedByTrainer: LAMBDA_RESERVED,
  },
  warmup_stable_decay: {
    callable: 'get_wsd_schedule()',
    takesKwargs: true,
    kwargs: {
      num_decay_steps: NUMBER,
      num_stable_steps: OPTIONAL_NUMBER,
      warmup_type: { kind: 'choice', nullable: false, choices: WSD_TYPES },
      decay_type: { kind: 'choice', nullable: false, choices: WSD_TYPES },
      min_lr_ratio: NUMBER,
      num_cycles: FLOAT_CAST,
      last_epoch: LAST_EPOCH,
    },
    passedByTrainer: LAMBDA_RESERVED,
  },
};

/**
 * The spec of the resolved `lr_scheduler_type`, or undefined for a name the schema rules reject.
 * @example schedulerSpec({ lr_scheduler_type: 'cosine' })?.kwargs.num_cycles?.kind // 'float-cast'
 */
export function schedulerSpec(resolved: ResolvedValues): SchedulerSpec | undefined {
  const type = resolved.lr_scheduler_type;
  return typeof type === 'string' && Object.hasOwn(SCHEDULER_SPECS, type) ? SCHEDULER_SPECS[type] : undefined;
}

/**
 * The resolved `lr_scheduler_kwargs` as the Trainer will unpack them: `None` is an empty dict; anything that
 * is not a dict (an unparsed string, a list) gives undefined, since `**value` would raise on it.
 * @example schedulerKwargs({ lr_scheduler_kwargs: null }) // {}
 */
export function schedulerKwargs(resolved: ResolvedValues): PyDict | undefined {
  const value = resolved.lr_scheduler_kwargs;
  if (value === null || value === undefined) return {};
  return isDict(value) ? value : undefined;
}

/**
 * The kwargs with some keys removed, as a patch value: `undefined` (back to the default None) when nothing is left.
 * @example withoutKeys({ a: 1, b: 2 }, ['a']) // { b: 2 }
 */
export function withoutKeys(kwargs: PyDict, keys: readonly string[]): PyDict | undefined {
  const rest = Object.fromEntries(Object.entries(kwargs).filter(([key]) => !keys.includes(key)));
  return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * Whether a kwarg was given with a value other than `None` (the functions treat an explicit None as absent).
 * @example isSet({ min_lr: null }, 'min_lr') // false
 */
export function isSet(kwargs: PyDict, key: string): boolean {
  const value: PyValue | undefined = kwargs[key];
  return value !== undefined && value !== null;
}
