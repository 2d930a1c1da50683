import { isDict, type PyDict, type PyValue } from '../py/py-value';
import { SCHEDULER_TYPES_515 } from '../registry/enums';
import { SCHEDULER_SPECS, type SchedulerSpec } from '../registry/scheduler-kwargs';
import type { ResolvedValues } from '../resolve/provenance';

// Helpers the scheduler rules share; what each schedule accepts lives in registry/scheduler-kwargs.

/**
 * The spec of the resolved `lr_scheduler_type`, or undefined for a name the schema rules reject.
 * @example schedulerSpec({ lr_scheduler_type: 'cosine' })?.kwargs.num_cycles?.kind // 'float-cast'
 */
export function schedulerSpec(resolved: ResolvedValues): SchedulerSpec | undefined {
  const type = SCHEDULER_TYPES_515.find((name) => name === resolved.lr_scheduler_type);
  return type === undefined ? undefined : SCHEDULER_SPECS[type];
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
