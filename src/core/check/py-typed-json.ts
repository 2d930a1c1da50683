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
  const empty: Kwargs = { values: {}, floatWritten: new Set() };
  for (const [name, value] of Object.entries(resolved)) {
    if (provenance[name] === 'user') {
      for (const path of input.floatWritten) if (path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`)) paths.add(path);
      continue;
    }
    const field = getField(name, target);
    if (field !== undefined && printsAsFloat(field, value, empty)) paths.add(name);
  }
  return paths;
}

/**
 * JSON text in which every number keeps its Python type: floats with a point or exponent (`3.0`,
 * `2e-05`), ints without. `floatPaths` are relative to `value`.
 * @example pyTypedJson({ a: 3 }, new Set(['a'])) // '{"a": 3.0}'
 */
export function pyTypedJson(value: PyValue, floatPaths: ReadonlySet<string>): string {
  return toJsonText(value, { floatWritten: floatPaths });
}
