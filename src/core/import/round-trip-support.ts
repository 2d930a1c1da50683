import type { Kwargs, PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { emitEntries } from '../emit/emit-entries';
import type { EmitOptions } from '../emit/emit-entries';

/**
 * The values an emitter writes for `input` (registry fields that differ from the default, or
 * all of them), keyed by name: what an importer should read back from the emitted text.
 * @example writtenValues(kwargs({ bf16: true, seed: 42 })) // { bf16: true }
 */
export function writtenValues(input: Kwargs, options: EmitOptions = {}): Record<string, PyValue> {
  return Object.fromEntries(emitEntries(input, options).map((entry) => [entry.field.name, entry.value]));
}

/**
 * A copy with every -0 turned into 0: an int-valued -0 legitimately comes back as 0.
 * @example withoutNegativeZero([-0]) // [0]
 */
export function withoutNegativeZero(value: PyValue): PyValue {
  if (typeof value === 'number') return value === 0 ? 0 : value;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (isDict(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  return value;
}
