import { printsAsFloat } from '@/core/emit/emit-entries';
import { formatPythonFloat, toPythonLiteral } from '@/core/py/py-literal';
import type { Kwargs, PyValue } from '@/core/py/py-value';
import { kwargs } from '@/core/py/py-value';
import { getField } from '@/core/registry/registry';
import type { FieldLookup } from '@/web/shared/schema/schema';

const NO_INPUT = kwargs({});

/**
 * A field's value as the generated code writes it (`5e-05`, `3.0`, `'steps'`, `None`), so the form,
 * the preview and the code all show the same text.
 */
export function formatFieldValue(name: string, value: PyValue | undefined, input: Kwargs = NO_INPUT, lookup: FieldLookup = getField): string {
  if (value === undefined) return 'None';
  const field = lookup(name);
  const float = field !== undefined && printsAsFloat(field, value, input);
  return toPythonLiteral(value, { float, floatWritten: input.floatWritten, path: name });
}

/** A number as text for an input: ints as digits, other numbers as Python's `repr` spells them. */
export function formatNumberInput(value: number): string {
  return Number.isInteger(value) ? String(value) : formatPythonFloat(value);
}
