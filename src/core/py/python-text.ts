import { formatPythonFloat, quotePythonString } from './py-literal';
import type { PyValue } from './py-value';

/**
 * How Python's `str()` prints a value inside an f-string error message, so our quotes of the
 * library's errors read exactly as users will see them in a traceback.
 * @example pythonText(0.5) // '0.5'; pythonText(1e-5) // '1e-05'; pythonText(true) // 'True'
 */
export function pythonText(value: PyValue | undefined, asFloat = false): string {
  if (value === undefined || value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isInteger(value) && !asFloat ? String(value) : formatPythonFloat(value);
  if (typeof value === 'string') return value;
  return pythonRepr(value);
}

/** Python's `repr()`: strings quoted, containers with their items' reprs. */
export function pythonRepr(value: PyValue | undefined): string {
  if (typeof value === 'string') return quotePythonString(value);
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  if (value !== null && value !== undefined && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${quotePythonString(k)}: ${pythonRepr(v)}`)
      .join(', ')}}`;
  }
  return pythonText(value);
}
