import { parseJson } from '../py/parse-json';
import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import type { ImportResult } from './import-result';
import { refusedImport } from './input-limits';
import { settleValues } from './settle-values';

/**
 * Reads a JSON object of keyword arguments (an `HfArgumentParser` JSON file, or a saved
 * `args.to_json_string()`), keeping which whole numbers were written as floats.
 * @example importJson('{"num_train_epochs": 2.0}').kwargs.floatWritten.has('num_train_epochs') // true
 */
export function importJson(text: string): ImportResult {
  const refused = refusedImport(text);
  if (refused) return refused;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    return { kwargs: { values: {}, floatWritten: new Set() }, dropped: [], errors: [{ message, line, column }] };
  }
  if (!isDict(parsed.value)) {
    return {
      kwargs: { values: {}, floatWritten: new Set() },
      dropped: [],
      errors: [{ message: 'Expected a JSON object whose keys are argument names', line: 1, column: 1 }],
    };
  }
  const values: Record<string, PyValue> = { ...parsed.value };
  const dropped = settleValues(values);
  return { kwargs: { values, floatWritten: new Set(parsed.floatWritten) }, dropped, errors: [] };
}
