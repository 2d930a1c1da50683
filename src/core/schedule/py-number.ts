import type { PyValue } from '../py/py-value';

// Python's `float()` accepts digits with single underscores between them, an optional exponent,
// and the words inf/infinity/nan, all around surrounding whitespace.
const DIGITS = String.raw`\d(?:_?\d)*`;
const FLOAT_TEXT = new RegExp(String.raw`^[+-]?(?:${DIGITS}(?:\.(?:${DIGITS})?)?|\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const SPECIAL_TEXT = /^([+-]?)(inf|infinity|nan)$/i;

/**
 * What Python's `float(value)` gives, or `null` where it raises. Used where the library calls
 * `float()` on a kwarg, which quietly accepts numeric strings such as `"1.5"`.
 * @example pyFloat('1_000.5') // 1000.5
 */
export function pyFloat(value: PyValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (FLOAT_TEXT.test(text)) return Number(text.replaceAll('_', ''));
  const special = SPECIAL_TEXT.exec(text);
  if (special === null) return null;
  if (special[2]!.toLowerCase() === 'nan') return Number.NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}

/**
 * The number a value stands for in Python arithmetic (`bool` is an `int` subclass), or `null`
 * where arithmetic on it raises `TypeError` (strings, None, lists, dicts).
 * @example pyNumber(true) // 1
 */
export function pyNumber(value: PyValue | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return null;
}

/** Python's `a % b` for floats: the result takes the sign of the divisor.
 * @example pyMod(-0.25, 1) // 0.75
 */
export function pyMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}
