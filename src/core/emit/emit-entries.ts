import type { Kwargs, PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import type { SectionedField } from '../registry/registry';
import { classFieldsFor } from '../config-class/class-registry';
import { DEFAULT_TARGET, targetLabel, type Target } from '../target/target';
import { isWithheldSecret } from '../secrets/secret-fields';

/** One keyword argument to write out. */
export interface EmitEntry {
  readonly field: SectionedField;
  readonly value: PyValue;
  /** Write the number `value` as a float (`3.0`) rather than an int (`3`). */
  readonly asFloat: boolean;
  /** False when `value` is the library default (written only with `all`). */
  readonly changed: boolean;
}

export interface EmitOptions {
  /** Every field, the user's value or else the library default, instead of only the changed ones. */
  readonly all?: boolean;
  /** The release the code must run on (v5 by default): only its fields are written, compared with its defaults. */
  readonly target?: Target;
  /** The config class the code builds (`SFTConfig`): its fields and defaults decide what is written. */
  readonly configClass?: string;
}

/**
 * The keyword arguments an emitter writes, in registry (form) order, for the targeted release. Names
 * that release does not know are left out (validation reports them). By default only values that differ
 * from its library default (`3` and `3.0` are the same); with `all`, every field, except `local_rank`
 * (launchers set it) and `parallelism_config` / deprecated fields while they keep their default,
 * since writing those would only add noise or break on newer versions that removed them.
 * @example emitEntries(kwargs({ seed: 42, bf16: true })).map((e) => e.field.name) // ['bf16']
 */
export function emitEntries(input: Kwargs, options: EmitOptions = {}): EmitEntry[] {
  const entries: EmitEntry[] = [];
  for (const field of classFieldsFor(options.target ?? DEFAULT_TARGET, options.configClass)) {
    const given = Object.hasOwn(input.values, field.name) && input.values[field.name] !== undefined;
    const value = given ? (input.values[field.name] as PyValue) : field.default;
    const atDefault = pyEquals(value, field.default);
    if (atDefault && !(options.all === true && writtenWithAll(field))) continue;
    entries.push({ field, value, asFloat: printsAsFloat(field, value, input), changed: !atDefault });
  }
  return entries;
}

function writtenWithAll(field: SectionedField): boolean {
  return field.launcherSet !== true && field.kind !== 'object' && field.deprecated === undefined;
}

/**
 * Whether a number for `field` prints as a float: float fields do (except whole step counts of the
 * step-or-ratio fields: their library defaults are ints, `save_steps=500`, users write them as ints, and
 * 4.x `warmup_steps` only took ints), non-whole numbers always do, and so does anything the user wrote as a
 * float (`floatWritten`), even in an int field, so a wrong type stays visible.
 * @example printsAsFloat(getField('num_train_epochs')!, 3, kwargs({})) // true
 */
export function printsAsFloat(field: Pick<SectionedField, 'name' | 'kind' | 'stepOrRatio'>, value: PyValue, input: Kwargs): boolean {
  if (typeof value !== 'number') return false;
  if (!Number.isInteger(value) || input.floatWritten.has(field.name)) return true;
  return field.kind === 'float' && field.stepOrRatio !== true;
}

/**
 * Equality as Python's `==` sees it for these values, except that a bool never equals a number
 * (`True == 1` in Python, but a different argument here). Dicts ignore key order.
 * @example pyEquals(3, 3.0) // true
 */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => pyEquals(item, b[i] as PyValue));
  if (isDict(a) && isDict(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && pyEquals(a[key] as PyValue, b[key] as PyValue));
  }
  return false;
}

/** A keyword argument the emitters cannot write as code because the target's class has no such field. */
export interface LeftOut {
  readonly name: string;
  readonly value: PyValue;
}

/**
 * The names in `input` that the targeted release's TrainingArguments does not have, which the emitters
 * leave out of the code; Python and YAML keep them as comments, the others list them next to the export.
 * @example leftOutNames(kwargs({ lora_rank: 8, seed: 1 })) // [{ name: 'lora_rank', value: 8 }]
 */
export function leftOutNames(input: Kwargs, options: EmitOptions = {}): LeftOut[] {
  const known = new Set(classFieldsFor(options.target ?? DEFAULT_TARGET, options.configClass).map((f) => f.name));
  return (
    Object.entries(input.values)
      // A credential stays out even as a comment (a 4.x-only `push_to_hub_token` on 5.x, say).
      .filter(([name, value]) => !known.has(name) && value !== undefined && !isWithheldSecret(name, value))
      .map(([name, value]) => ({ name, value: value as PyValue }))
  );
}

/** Why a left-out name is not in the code, for comments and notes. */
export function leftOutReason(options: EmitOptions = {}): string {
  return `not a ${options.configClass ?? 'TrainingArguments'} argument in ${targetLabel(options.target ?? DEFAULT_TARGET)}, so it is left out`;
}
