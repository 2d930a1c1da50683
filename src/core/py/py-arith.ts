import { isDict, type PyValue } from './py-value';

/** A value with whether Python holds it as a float, so `2 * 8.0` prints as `16.0` as it would in a traceback. */
export interface PyNum {
  readonly value: PyValue;
  readonly float: boolean;
}

/** Python raised while evaluating: the exception class and its message. */
export class PyError extends Error {
  constructor(
    readonly type: string,
    readonly text: string,
  ) {
    super(`${type}: ${text}`);
  }
}

/** `type(x).__name__` for a JSON value. */
export function pyTypeName(item: PyNum): string {
  const { value } = item;
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return item.float ? 'float' : 'int';
  if (typeof value === 'string') return 'str';
  if (Array.isArray(value)) return 'list';
  return isDict(value) ? 'dict' : 'object';
}

function numeric(item: PyNum): number | undefined {
  if (typeof item.value === 'number') return item.value;
  if (typeof item.value === 'boolean') return item.value ? 1 : 0;
  return undefined;
}

function unsupported(op: string, a: PyNum, b: PyNum): PyError {
  return new PyError('TypeError', `unsupported operand type(s) for ${op}: '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}

/**
 * Python's `a * b` for numbers, and a string or list repeated by an int.
 * @example pyMul({ value: 2, float: false }, { value: 8.0, float: true }) // { value: 16, float: true }
 */
export function pyMul(a: PyNum, b: PyNum): PyNum {
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return { value: x * y, float: a.float || b.float };
  const [text, count] = typeof a.value === 'string' ? [a.value, b] : [b.value, a];
  if (typeof text === 'string' && numeric(count) !== undefined && !count.float) {
    return { value: text.repeat(Math.max(0, numeric(count) ?? 0)), float: false };
  }
  throw unsupported('*', a, b);
}

/** Python's `a % b`: floored modulo for numbers, string formatting for a string on the left. */
export function pyMod(a: PyNum, b: PyNum): PyNum {
  if (typeof a.value === 'string') {
    // `"8" % 2`: printf-style formatting of a string without placeholders.
    if (!a.value.includes('%')) throw new PyError('TypeError', 'not all arguments converted during string formatting');
    throw new PyError('TypeError', 'not enough arguments for format string');
  }
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) throw unsupported('%', a, b);
  const float = a.float || b.float;
  if (y === 0) throw new PyError('ZeroDivisionError', float ? 'float modulo' : 'integer modulo by zero');
  return { value: x - y * Math.floor(x / y), float };
}

/** Python's `a // b` for numbers. */
export function pyFloorDiv(a: PyNum, b: PyNum): PyNum {
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) throw unsupported('//', a, b);
  const float = a.float || b.float;
  if (y === 0) throw new PyError('ZeroDivisionError', float ? 'float floor division by zero' : 'integer division or modulo by zero');
  return { value: Math.floor(x / y), float };
}

/** Python's ordering `a < b` (and friends) for numbers; other kinds raise as Python does. */
export function pyLess(a: PyNum, b: PyNum, op: '<' | '>=' | '>' | '<=' = '<'): boolean {
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) {
    if (typeof a.value === 'string' && typeof b.value === 'string') return compareText(a.value, b.value, op);
    throw new PyError('TypeError', `'${op}' not supported between instances of '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
  }
  if (op === '<') return x < y;
  if (op === '>=') return x >= y;
  if (op === '>') return x > y;
  return x <= y;
}

function compareText(a: string, b: string, op: '<' | '>=' | '>' | '<='): boolean {
  if (op === '<') return a < b;
  if (op === '>=') return a >= b;
  if (op === '>') return a > b;
  return a <= b;
}
