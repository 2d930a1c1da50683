import type { PyDict, PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { SCHEDULER_TYPES_515 as SCHEDULER_TYPES } from '../registry/enums';
import type { KwargSpec, SchedulerType } from '../registry/scheduler-kwargs';
import { REQUIRED, SCHEDULER_SPECS } from '../registry/scheduler-kwargs';
import { show } from './read-args';
import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';
import { pyFloat, pyNumber } from './py-number';

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
  const spec = SCHEDULER_SPECS[type];
  if (!spec.takesKwargs) return succeed({ type, kwargs: {}, ignored: isDict(given) ? Object.keys(given) : [] });
  const signature = spec.kwargs;
  let kwargs: PyDict = {};
  if (isDict(given)) kwargs = given;
  else if (given !== null && given !== undefined) {
    return fail('scheduler-kwarg-type', `lr_scheduler_kwargs must be a mapping of names to values, got ${show(given)}.`, ['lr_scheduler_kwargs']);
  }
  const effective: Record<string, PyValue> = {};
  for (const [name, value] of Object.entries(kwargs)) {
    const kwarg = signature[name];
    if (kwarg === undefined) {
      const why = spec.passedByTrainer.includes(name)
        ? 'the Trainer already passes it'
        : `the ${type} schedule takes only ${Object.keys(signature).join(', ')}`;
      return fail('scheduler-unknown-kwarg', `lr_scheduler_kwargs has "${name}", which ${type} does not accept: ${why}.`, [
        'lr_scheduler_kwargs',
        'lr_scheduler_type',
      ]);
    }
    const converted = convert(kwarg, value);
    if (converted === undefined) {
      return fail('scheduler-kwarg-type', `lr_scheduler_kwargs.${name} must be a number for ${type}, got ${show(value)}.`, ['lr_scheduler_kwargs']);
    }
    effective[name] = converted;
  }
  for (const [name, kwarg] of Object.entries(signature)) {
    if (name in effective) continue;
    // num_decay_steps of warmup_stable_decay is the only parameter without a default.
    if (kwarg.default === REQUIRED) {
      return fail('wsd-num-decay-steps', `${type} needs lr_scheduler_kwargs.${name}: the length of the decay phase has no default.`, ['lr_scheduler_kwargs']);
    }
    effective[name] = kwarg.default;
  }
  if (effective.last_epoch !== -1 && 'last_epoch' in signature) {
    return fail(
      'scheduler-kwarg-type',
      `lr_scheduler_kwargs.last_epoch other than -1 means resuming a scheduler, which the Trainer does by itself; got ${show(effective.last_epoch)}.`,
      ['lr_scheduler_kwargs'],
    );
  }
  delete effective.last_epoch;
  return succeed({ type, kwargs: effective, ignored: [] });
}

// `undefined` marks a value the library would choke on. Choice words pass as given: a wrong one
// (None included) is reported by the schedule's own value check.
function convert(kwarg: KwargSpec, value: PyValue): PyValue | undefined {
  if (kwarg.kind === 'choice') return value;
  // One value per optimizer parameter group is allowed where torch takes a list.
  if (kwarg.kind === 'number-or-list' && Array.isArray(value)) return value.every((item) => pyNumber(item) !== null) ? value : undefined;
  if (value === null) return kwarg.nullable ? null : undefined;
  const number = kwarg.kind === 'float-cast' ? pyFloat(value) : pyNumber(value);
  return number === null ? undefined : number;
}
