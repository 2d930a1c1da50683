import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { formatPythonFloat } from '../py/py-literal';

export interface JsonTextOptions {
  /** Print the value itself as a float even when whole. */
  readonly float?: boolean;
  readonly floatWritten?: ReadonlySet<string>;
  /** Where `value` sits, for `floatWritten` look-ups of nested numbers. */
  readonly path?: string;
  /** Spaces per level; 0 writes one line with Python's `json.dumps` spacing. */
  readonly indent?: number;
}

/**
 * JSON as Python's `json.dumps` writes it for these values: floats in `repr` form (`5e-05`, `3.0`)
 * so a float stays a float when Python reads it back, ints as ints, non-finite floats as
 * `NaN` / `Infinity` (which Python's json reads, strict JSON parsers do not).
 * @example toJsonText({ a: 1e-5 }) // '{"a": 1e-05}'
 */
export function toJsonText(value: PyValue, options: JsonTextOptions = {}): string {
  return write(value, options.path ?? '', options.float === true, options.floatWritten ?? new Set(), options.indent ?? 0, '');
}

function write(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>, indent: number, pad: string): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    if (asFloat || floatWritten.has(path) || !Number.isInteger(value)) return formatPythonFloat(value);
    // String() spells whole numbers below 1e21 in digits; beyond that only BigInt avoids the exponent (and it is slow).
    return Math.abs(value) < 1e21 ? String(value) : BigInt(value).toString();
  }
  if (typeof value === 'string') return JSON.stringify(value);
  const inner = pad + ' '.repeat(indent);
  const open = indent > 0 ? `\n${inner}` : '';
  const close = indent > 0 ? `\n${pad}` : '';
  const comma = indent > 0 ? `,\n${inner}` : ', ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const items = value.map((item, i) => write(item, `${path}[${i}]`, false, floatWritten, indent, inner));
    return `[${open}${items.join(comma)}${close}]`;
  }
  if (isDict(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const items = entries.map(
      ([key, item]) => `${JSON.stringify(key)}: ${write(item, path === '' ? key : `${path}.${key}`, false, floatWritten, indent, inner)}`,
    );
    return `{${open}${items.join(comma)}${close}}`;
  }
  return 'null';
}
