import { getClassField } from '../config-class/class-registry';
import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import type { Target } from '../target/target';

/** Fields a launcher sets for each process; a user's value there is always wrong, so no rename may aim at them. */
export const LAUNCHER_SET_FIELDS: ReadonlySet<string> = new Set(['local_rank']);

/**
 * Whether moving `value` onto `name` keeps the arguments valid as far as its type goes: a rename offered
 * as a fix must never turn a harmless unknown name into a type error (`dataset="alpaca"` → `data_seed`).
 * Names that are not fields of the class on the target (retired ones) are left to their migration.
 * @example renameFits('data_seed', 'alpaca', '5.2-5.5', 'TrainingArguments') // false
 */
export function renameFits(name: string, value: PyValue, target: Target, configClass: string): boolean {
  if (LAUNCHER_SET_FIELDS.has(name)) return false;
  const field = getClassField(name, target, configClass);
  if (field === undefined) return true;
  if (value === null) return field.nullable === true || field.default === null;
  switch (field.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'float':
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string'
        ? field.choices === undefined || field.choices.includes(value)
        : typeof value === 'boolean' && field.pyType.includes('bool');
    case 'string':
      return typeof value === 'string';
    case 'list':
      return Array.isArray(value) || typeof value === 'string';
    case 'dict':
      return isDict(value) || typeof value === 'string';
    default:
      return true;
  }
}
