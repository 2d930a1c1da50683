import type { PyValue } from './py-value';
import { isDict } from './py-value';

export interface PyLiteralOptions {
  /** Print the value itself (not its elements) as a float even when it is whole: `3` → `3.0`. */
  readonly float?: boolean;
  /**
   * Dotted paths of numbers that must print as floats (`Kwargs.floatWritten`); `path` is where
   * `value` sits, so nested dict entries (`lr_scheduler_kwargs.num_cycles`) keep their float-ness.
   */
  readonly floatWritten?: ReadonlySet<string>;
  readonly path?: string;
  /**
   * Break lists and dicts that do not fit in `width` columns over several lines, children indented
   * four spaces deeper than `indent`. `column` is where the literal starts on its first line.
   */
  readonly layout?: { readonly indent: string; readonly width: number; readonly column: number };
}

/**
 * Writes a value as Python source that evaluates to exactly that value (`ast.literal_eval`-safe,
 * except non-finite floats, which have no literal and print as `float('inf')` calls).
 * @example toPythonLiteral({ a: [1e-5, true, null] }) // "{'a': [1e-05, True, None]}"
 */
export function toPythonLiteral(value: PyValue, options: PyLiteralOptions = {}): string {
  const floatWritten = options.floatWritten ?? new Set<string>();
  const path = options.path ?? '';
  const flat = render(value, path, options.float === true, floatWritten);
  const layout = options.layout;
  if (layout === undefined || layout.column + flat.length <= layout.width) return flat;
  return renderBroken(value, path, options.float === true, floatWritten, layout.indent, layout.width);
}

/**
 * Python's `repr()` of a float: shortest round-trip digits, exponent form below 1e-4 and from
 * 1e16 on, a two-digit exponent and `.0` on whole values.
 * @example formatPythonFloat(5e-5) // '5e-05'
 */
export function formatPythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  // toExponential() without an argument already picks the shortest digits that round-trip, as Python does.
  const [mantissa = '', exponentText = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const head = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const expSign = exponent < 0 ? '-' : '+';
    return `${sign}${head}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  if (digits.length <= exponent + 1) return `${sign}${digits}${'0'.repeat(exponent + 1 - digits.length)}.0`;
  return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
}

/**
 * Python's `repr()` of a str: single quotes unless only double quotes avoid escaping, control and
 * other non-printable characters (lone surrogates included) escaped, printable Unicode kept.
 * @example quotePythonString("it's\n") // `"it's\\n"`
 */
export function quotePythonString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code < 0x7f || !NON_PRINTABLE.test(ch)) out += ch;
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`;
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`;
    else out += `\\U${hex(code, 8)}`;
  }
  return out + quote;
}

// Python's str.isprintable() is false for "Other" and "Separator" categories, except the space.
const NON_PRINTABLE = /^[\p{C}\p{Z}]$/u;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

function formatNumber(value: number, asFloat: boolean): string {
  if (!Number.isFinite(value)) {
    if (Number.isNaN(value)) return "float('nan')";
    return value > 0 ? "float('inf')" : "-float('inf')";
  }
  if (asFloat || !Number.isInteger(value)) return formatPythonFloat(value);
  // BigInt spells out every digit where String() would switch to 1e+21.
  return BigInt(value).toString();
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function render(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return formatNumber(value, asFloat || floatWritten.has(path));
  if (typeof value === 'string') return quotePythonString(value);
  if (Array.isArray(value)) {
    return `[${value.map((item, i) => render(item, childPath(path, i), false, floatWritten)).join(', ')}]`;
  }
  if (isDict(value)) {
    const entries = Object.entries(value).map(([key, item]) => `${quotePythonString(key)}: ${render(item, childPath(path, key), false, floatWritten)}`);
    return `{${entries.join(', ')}}`;
  }
  return 'None';
}

function renderBroken(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>, indent: string, width: number): string {
  const inner = `${indent}    `;
  const child = (item: PyValue, itemPath: string, prefix: string): string => {
    const column = inner.length + prefix.length;
    const flat = render(item, itemPath, false, floatWritten);
    const fits = column + flat.length + 1 <= width;
    return prefix + (fits ? flat : renderBroken(item, itemPath, false, floatWritten, inner, width));
  };
  if (Array.isArray(value) && value.length > 0) {
    const lines = value.map((item, i) => `${inner}${child(item, childPath(path, i), '')},`);
    return `[\n${lines.join('\n')}\n${indent}]`;
  }
  if (isDict(value) && Object.keys(value).length > 0) {
    const lines = Object.entries(value).map(([key, item]) => `${inner}${child(item, childPath(path, key), `${quotePythonString(key)}: `)},`);
    return `{\n${lines.join('\n')}\n${indent}}`;
  }
  return render(value, path, asFloat, floatWritten);
}
