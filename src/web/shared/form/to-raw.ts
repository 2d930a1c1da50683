import type { PyValue } from '@/core/py/py-value';
import type { FieldDef } from '@/core/registry/define-field';
import { formatNumberInput } from '../format/format-value';
import type { RawValue } from './form-values';

/**
 * The form value that stands for a Python value (the inverse of `toKwargs`), used to apply a fix's
 * patch. `undefined` unsets the field, and so does the field's own default for choice-like inputs.
 */
export function toRaw(field: FieldDef, value: PyValue | undefined): RawValue {
  if (value === undefined) return undefined;
  if (value === null) return field.default === null ? undefined : null;
  if (field.kind === 'bool' || field.kind === 'enum') return normalizeChoice(field, value);
  if (typeof value === 'number') return formatNumberInput(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return JSON.stringify(value, null, 2);
}

/** Picking the default in a switch or select means "back to default", so the field is unset. */
export function normalizeChoice(field: FieldDef, value: boolean | string | PyValue): RawValue {
  if (value === field.default) return undefined;
  if (typeof value === 'boolean') return field.kind === 'enum' ? (value ? 'True' : 'False') : value;
  if (typeof value === 'string') return value;
  return value === null ? null : JSON.stringify(value);
}
