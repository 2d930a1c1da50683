import type { PyValue } from '../py/py-value';
import { isDict, isTruthy } from '../py/py-value';
import type { Result } from './schedule-error';
import { fail, succeed } from './schedule-error';
import { pyNumber } from './py-number';

/** Resolved TrainingArguments values, keyed by the Python field names. */
export type ResolvedArgs = Readonly<Record<string, PyValue>>;

/** A resolved field as a Python number (bools count), or a typed error naming the field.
 * @example readNumber({ num_train_epochs: 3 }, 'num_train_epochs') // { ok: true, value: 3 }
 */
export function readNumber(args: ResolvedArgs, name: string): Result<number> {
  const value = pyNumber(args[name]);
  if (value === null || Number.isNaN(value)) return fail('invalid-value', `${name} must be a number, got ${show(args[name])}.`, [name]);
  return succeed(value);
}

/** A resolved field that must be a whole number.
 * @example readInteger({ max_steps: 2.5 }, 'max_steps').ok // false
 */
export function readInteger(args: ResolvedArgs, name: string): Result<number> {
  const read = readNumber(args, name);
  if (read.ok && !Number.isSafeInteger(read.value)) {
    return fail('invalid-value', `${name} must be a whole number, got ${show(args[name])}.`, [name]);
  }
  return read;
}

/** A resolved field that may be None, else a number.
 * @example readOptionalNumber({ eval_steps: null }, 'eval_steps') // { ok: true, value: null }
 */
export function readOptionalNumber(args: ResolvedArgs, name: string): Result<number | null> {
  const raw = args[name];
  return raw === null || raw === undefined ? succeed(null) : readNumber(args, name);
}

/** A resolved field as one of a fixed set of strings.
 * @example readChoice({ save_strategy: 'best' }, 'save_strategy', ['no', 'steps', 'epoch', 'best'], 'steps') // { ok: true, value: 'best' }
 */
export function readChoice<T extends string>(args: ResolvedArgs, name: string, choices: readonly T[], fallback: T): Result<T> {
  const raw = args[name];
  if (raw === undefined) return succeed(fallback);
  const hit = choices.find((choice) => choice === raw);
  if (hit === undefined) return fail('invalid-value', `${name} must be one of ${choices.join(', ')}, got ${show(raw)}.`, [name]);
  return succeed(hit);
}

/** Python truthiness of a resolved field (absent counts as False).
 * @example readFlag({ dataloader_drop_last: true }, 'dataloader_drop_last') // true
 */
export function readFlag(args: ResolvedArgs, name: string): boolean {
  return isTruthy(args[name]);
}

/** Whether accelerate splits each loader batch across processes (`accelerator_config.split_batches`).
 * @example readSplitBatches({ accelerator_config: { split_batches: true } }) // true
 */
export function readSplitBatches(args: ResolvedArgs): boolean {
  const config = args.accelerator_config;
  return isDict(config) && isTruthy(config.split_batches);
}

/** A compact rendering of a value for messages.
 * @example show('abc') // '"abc"'
 */
export function show(value: PyValue | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
