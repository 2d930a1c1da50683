import type { PyDict, PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { SCHEDULER_TYPES } from '../registry/enums';
import { show } from './read-args';
import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';
import { pyFloat, pyNumber } from './py-number';

export type SchedulerType = (typeof SCHEDULER_TYPES)[number];

/** How the library consumes a kwarg: through `float()` (numeric strings pass) or in plain arithmetic. */
type Conversion = 'float' | 'number' | 'numbers' | 'text';

interface KwargSpec {
  readonly conversion: Conversion;
  /** The schedule function's default; `undefined` means required. `null` is Python's None. */
  readonly fallback: PyValue | undefined;
}

const LAST_EPOCH: KwargSpec = { conversion: 'number', fallback: -1 };

/**
 * The keyword arguments each schedule function takes besides the ones the Trainer passes itself.
 * `constant`, `constant_with_warmup` and `inverse_sqrt` are absent: `get_scheduler` drops their kwargs.
 */
const SIGNATURES: Partial<Record<SchedulerType, Readonly<Record<string, KwargSpec>>>> = {
  linear: { last_epoch: LAST_EPOCH },
  cosine: { num_cycles: { conversion: 'float', fallback: 0.5 }, last_epoch: LAST_EPOCH },
  cosine_with_restarts: { num_cycles: { conversion: 'float', fallback: 1 }, last_epoch: LAST_EPOCH },
  polynomial: { lr_end: { conversion: 'number', fallback: 1e-7 }, power: { conversion: 'number', fallback: 1.0 }, last_epoch: LAST_EPOCH },
  cosine_with_min_lr: {
    num_cycles: { conversion: 'float', fallback: 0.5 },
    min_lr: { conversion: 'number', fallback: null },
    min_lr_rate: { conversion: 'number', fallback: null },
    last_epoch: LAST_EPOCH,
  },
  // This variant multiplies num_cycles without float(), so a numeric string breaks it.
  cosine_warmup_with_min_lr: {
    num_cycles: { conversion: 'number', fallback: 0.5 },
    min_lr: { conversion: 'number', fallback: null },
    min_lr_rate: { conversion: 'number', fallback: null },
    warmup_lr_rate: { conversion: 'float', fallback: null },
    last_epoch: LAST_EPOCH,
  },
  warmup_stable_decay: {
    num_decay_steps: { conversion: 'number', fallback: undefined },
    num_stable_steps: { conversion: 'number', fallback: null },
    warmup_type: { conversion: 'text', fallback: 'linear' },
    decay_type: { conversion: 'text', fallback: 'cosine' },
    min_lr_ratio: { conversion: 'number', fallback: 0 },
    num_cycles: { conversion: 'float', fallback: 0.5 },
    last_epoch: LAST_EPOCH,
  },
  // torch.optim.lr_scheduler.ReduceLROnPlateau; `verbose` is deprecated but still tolerated here.
  reduce_lr_on_plateau: {
    mode: { conversion: 'text', fallback: 'min' },
    factor: { conversion: 'number', fallback: 0.1 },
    patience: { conversion: 'number', fallback: 10 },
    threshold: { conversion: 'number', fallback: 1e-4 },
    threshold_mode: { conversion: 'text', fallback: 'rel' },
    cooldown: { conversion: 'number', fallback: 0 },
    min_lr: { conversion: 'numbers', fallback: 0 },
    eps: { conversion: 'number', fallback: 1e-8 },
    verbose: { conversion: 'text', fallback: 'deprecated' },
  },
};

const PASSED_BY_TRAINER = ['optimizer', 'num_warmup_steps', 'num_training_steps'];

/** Kwargs after the library's defaulting: numbers where the function computes with them, else as given. */
export type EffectiveKwargs = Readonly<Record<string, PyValue>>;

export interface KwargsReading {
  readonly type: SchedulerType;
  /** What the schedule function works with (defaults filled in, `float()` applied). */
  readonly kwargs: EffectiveKwargs;
  /** Given keys that `get_scheduler` drops for this type. */
  readonly ignored: readonly string[];
}

/**
 * Checks `lr_scheduler_kwargs` against the schedule function's signature and fills in its defaults,
 * failing where creating the scheduler (or its first use) would raise in Python.
 * @example readSchedulerKwargs('cosine', { num_cycles: '1.5' }) // ok, kwargs { num_cycles: 1.5 }
 */
export function readSchedulerKwargs(typeValue: PyValue | undefined, given: PyValue | undefined): Result<KwargsReading> {
  const type = SCHEDULER_TYPES.find((name) => name === typeValue);
  if (type === undefined) {
    return fail('unknown-scheduler-type', `lr_scheduler_type must be one of ${SCHEDULER_TYPES.join(', ')}, got ${show(typeValue)}.`, ['lr_scheduler_type']);
  }
  const signature = SIGNATURES[type];
  if (signature === undefined) return succeed({ type, kwargs: {}, ignored: isDict(given) ? Object.keys(given) : [] });
  let kwargs: PyDict = {};
  if (isDict(given)) kwargs = given;
  else if (given !== null && given !== undefined) {
    return fail('scheduler-kwarg-type', `lr_scheduler_kwargs must be a mapping of names to values, got ${show(given)}.`, ['lr_scheduler_kwargs']);
  }
  const effective: Record<string, PyValue> = {};
  for (const [name, value] of Object.entries(kwargs)) {
    const spec = signature[name];
    if (spec === undefined) {
      const why = PASSED_BY_TRAINER.includes(name) ? 'the Trainer already passes it' : `the ${type} schedule takes only ${Object.keys(signature).join(', ')}`;
      return fail('scheduler-unknown-kwarg', `lr_scheduler_kwargs has "${name}", which ${type} does not accept: ${why}.`, ['lr_scheduler_kwargs', 'lr_scheduler_type']);
    }
    const converted = convert(spec, value);
    if (converted === undefined) {
      return fail('scheduler-kwarg-type', `lr_scheduler_kwargs.${name} must be ${spec.conversion === 'text' ? 'text' : 'a number'} for ${type}, got ${show(value)}.`, ['lr_scheduler_kwargs']);
    }
    effective[name] = converted;
  }
  for (const [name, spec] of Object.entries(signature)) {
    if (!(name in effective)) effective[name] = spec.fallback ?? null;
  }
  if (type === 'warmup_stable_decay' && effective.num_decay_steps === null) {
    return fail('wsd-num-decay-steps', 'warmup_stable_decay needs lr_scheduler_kwargs.num_decay_steps: the length of the decay phase has no default.', ['lr_scheduler_kwargs']);
  }
  if (effective.last_epoch !== -1 && 'last_epoch' in signature) {
    return fail('scheduler-kwarg-type', `lr_scheduler_kwargs.last_epoch other than -1 means resuming a scheduler, which the Trainer does by itself; got ${show(effective.last_epoch)}.`, ['lr_scheduler_kwargs']);
  }
  delete effective.last_epoch;
  return succeed({ type, kwargs: effective, ignored: [] });
}

// `undefined` marks a value the library would choke on; None passes only where the default is None
// (a missing num_decay_steps is reported on its own, so None passes for it here too).
function convert(spec: KwargSpec, value: PyValue): PyValue | undefined {
  if (spec.conversion === 'text') return value;
  // One value per optimizer parameter group is allowed where torch takes a list.
  if (spec.conversion === 'numbers' && Array.isArray(value)) return value.every((item) => pyNumber(item) !== null) ? value : undefined;
  if (value === null) return spec.fallback === null || spec.fallback === undefined ? null : undefined;
  const number = spec.conversion === 'float' ? pyFloat(value) : pyNumber(value);
  return number === null ? undefined : number;
}
