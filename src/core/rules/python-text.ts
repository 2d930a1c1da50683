import type { PyValue } from '../py/py-value';

/**
 * How Python's `str()` prints a value inside an f-string error message, so our quotes of the
 * library's errors read exactly as users will see them in a traceback.
 * @example pythonText(0.5) // '0.5'; pythonText(1e-5) // '1e-05'; pythonText(true) // 'True'
 */
export function pythonText(value: PyValue | undefined, asFloat = false): string {
  if (value === undefined || value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return pythonNumber(value, asFloat);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(pythonRepr).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${pythonRepr(k)}: ${pythonRepr(v)}`).join(', ')}}`;
}

/** Python's `repr()`: strings quoted, everything else as `str()`. */
export function pythonRepr(value: PyValue | undefined): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  return pythonText(value);
}

function pythonNumber(value: number, asFloat: boolean): string {
  if (Number.isInteger(value) && !asFloat) return String(value);
  const exponent = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  if (exponent < -4 || exponent >= 16) {
    const [mantissa = '', exp = '0'] = value.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exp.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  const text = String(value);
  return Number.isInteger(value) ? `${text}.0` : text;
}
