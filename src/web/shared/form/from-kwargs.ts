import { toJsonText } from '@/core/emit/json-text';
import { formatPythonFloat } from '@/core/py/py-literal';
import type { Kwargs, PyValue } from '@/core/py/py-value';
import { isDict } from '@/core/py/py-value';
import { getField } from '@/core/registry/registry';
import type { FieldLookup } from '@/web/shared/schema/schema';
import type { FieldDef } from '@/core/registry/define-field';
import type { FormValues, RawValue } from './form-values';
import { toRaw } from './to-raw';
import { canKeepUnknown, unknownToRaw } from './unknown-keys';

export interface FormValuesFromKwargs {
  readonly values: FormValues;
  /** Keys the form cannot hold (not a Python identifier); `TrainingArguments(**kwargs)` could not take them either. */
  readonly unkept: readonly string[];
}

/**
 * The raw form values that stand for whole keyword arguments (an import), keeping what `toRaw` alone
 * would lose: numbers written as floats (`5.0`, also inside dicts) and keys the registry does not know.
 * @example kwargsToFormValues(kwargs({ num_train_epochs: 2 }, ['num_train_epochs'])).values // { num_train_epochs: '2.0' }
 */
export function kwargsToFormValues(input: Kwargs, lookup: FieldLookup = getField): FormValuesFromKwargs {
  const values: FormValues = {};
  const unkept: string[] = [];
  for (const [name, value] of Object.entries(input.values)) {
    const field = lookup(name);
    if (field) {
      const raw = fieldRaw(field, value, input.floatWritten);
      if (raw !== undefined) values[name] = raw;
    } else if (canKeepUnknown(name)) {
      values[name] = unknownToRaw(name, value, input.floatWritten);
    } else {
      unkept.push(name);
    }
  }
  return { values, unkept };
}

function fieldRaw(field: FieldDef, value: PyValue, floatWritten: ReadonlySet<string>): RawValue {
  if (typeof value === 'number' && Number.isInteger(value) && floatWritten.has(field.name) && (field.kind === 'int' || field.kind === 'float')) {
    return formatPythonFloat(value);
  }
  if (field.kind === 'dict' && isDict(value)) return toJsonText(value, { floatWritten, path: field.name, indent: 2 });
  return toRaw(field, value);
}
