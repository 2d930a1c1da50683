import { printsAsFloat } from '../emit/emit-entries';
import { toJsonText } from '../emit/json-text';
import type { Kwargs, PyValue } from '../py/py-value';
import type { Provenance, ResolvedValues } from '../resolve/provenance';
import { getField } from '../registry/registry';
import { DEFAULT_TARGET, type Target } from '../target/target';

/**
 * The paths of whole numbers that Python holds as floats in resolved values: a user's value keeps the
 * type it was given (TrainingArguments does not convert), a default or derived value of a float field
 * is a float, except the step-or-ratio fields whose defaults are written as ints (`save_steps=500`).
 * @example resolvedFloatPaths({ num_train_epochs: 3 }, { num_train_epochs: 'default' }, kwargs({})) // Set { 'num_train_epochs' }
 */
export function resolvedFloatPaths(
  resolved: ResolvedValues,
  provenance: Readonly<Record<string, Provenance>>,
  input: Kwargs,
  target: Target = DEFAULT_TARGET,
): Set<string> {
  const paths = new Set<string>();
  // A user's value keeps the paths it was written with: one pass over those paths, not one per field.
  for (const path of input.floatWritten) {
    const name = /^[^.[]*/.exec(path)?.[0] ?? path;
    if (provenance[name] === 'user' && Object.hasOwn(resolved, name)) paths.add(path);
  }
  for (const name in resolved) {
    if (provenance[name] === 'user') continue;
    const field = getField(name, target);
    if (field !== undefined && printsAsFloat(field, resolved[name] as PyValue, NO_INPUT)) paths.add(name);
  }
  return paths;
}

const NO_INPUT: Kwargs = { values: {}, floatWritten: new Set() };

/**
 * JSON text in which every number keeps its Python type: floats with a point or exponent (`3.0`,
 * `2e-05`), ints without. `floatPaths` are relative to `value`.
 * @example pyTypedJson({ a: 3 }, new Set(['a'])) // '{"a": 3.0}'
 */
export function pyTypedJson(value: PyValue, floatPaths: ReadonlySet<string>): string {
  return toJsonText(value, { floatWritten: floatPaths });
}
