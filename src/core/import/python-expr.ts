import type { PyDict, PyValue } from '../py/py-value';
import type { PyToken } from './python-tokens';

/** A literal read from tokens, with the paths (`Kwargs.floatWritten` style) of whole numbers written as floats. */
export interface ReadLiteral {
  readonly value: PyValue;
  readonly floatPaths: readonly string[];
}

/**
 * Names bound to literals earlier in the script (`lr = 2e-5`): the literal a name holds where it is
 * used (the token index), or undefined when it holds no literal there.
 */
export type Bindings = (name: string, at: number) => ReadLiteral | undefined;

/** Thrown inside the reader when an expression is not a literal; callers turn it into a report. */
export class NotALiteral extends Error {
  constructor(
    readonly reason: string,
    readonly token: PyToken | undefined,
  ) {
    super(reason);
  }
}

const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const NUMBER_SUFFIX_OPS = new Set(['(', '[', '.']);

/**
 * Reads one Python literal (what `ast.literal_eval` accepts, minus sets, bytes and complex numbers,
 * plus `float('inf')`-style calls) starting at `tokens[index]`.
 * `path` names the value's place for `floatPaths`. Returns the literal and the index after it;
 * throws `NotALiteral` for anything else.
 * @example readLiteral(tokenizePython('[1.0, None]'), 0).literal.value // [1, null]
 */
export function readLiteral(tokens: readonly PyToken[], index: number, path = '', bindings?: Bindings): { literal: ReadLiteral; next: number } {
  const reader = new LiteralReader(tokens, index, bindings);
  const value = reader.value(path);
  return { literal: { value, floatPaths: reader.floatPaths }, next: reader.index };
}

/**
 * The index of the first `,` (or unmatched closer) at bracket depth zero from `index`: where a
 * skipped argument ends.
 * @example skipExpression(tokenizePython('f(x), 2'), 0) // 4
 */
export function skipExpression(tokens: readonly PyToken[], index: number): number {
  let depth = 0;
  let i = index;
  for (; i < tokens.length; i++) {
    const text = tokens[i]?.type === 'op' ? tokens[i]?.text : undefined;
    if (text === undefined) continue;
    if (text in CLOSERS) depth++;
    else if (text === ')' || text === ']' || text === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (text === ',' && depth === 0) return i;
  }
  return i;
}

class LiteralReader {
  readonly floatPaths: string[] = [];
  constructor(
    private readonly tokens: readonly PyToken[],
    public index: number,
    private readonly bindings: Bindings | undefined,
  ) {}

  private peek(offset = 0): PyToken | undefined {
    return this.tokens[this.index + offset];
  }

  private isOp(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.type === 'op' && token.text === text;
  }

  private fail(reason: string, token = this.peek()): never {
    throw new NotALiteral(reason, token);
  }

  value(path: string): PyValue {
    const token = this.peek();
    if (token === undefined) this.fail('the value is missing');
    let value: PyValue;
    if (token.type === 'op' && (token.text === '-' || token.text === '+')) {
      this.index++;
      const operand = this.value(path);
      if (typeof operand !== 'number') this.fail(`a sign before a non-number is not a literal`, token);
      return token.text === '-' ? -operand : operand;
    }
    if (token.type === 'string') value = this.strings();
    else if (token.type === 'number') value = this.number(token, path);
    else if (token.type === 'name') value = this.name(token, path);
    else if (token.type === 'op' && token.text === '[') value = this.sequence(']', path);
    else if (token.type === 'op' && token.text === '(') value = this.parenthesized(path);
    else if (token.type === 'op' && token.text === '{') value = this.dict(path);
    else if (token.type === 'error') this.fail(token.problem, token);
    else this.fail(`unexpected \`${token.text}\``, token);
    const after = this.peek();
    if (after?.type === 'op' && NUMBER_SUFFIX_OPS.has(after.text)) this.fail('a call, index or attribute is not a literal', token);
    return value;
  }

  private strings(): string {
    let out = '';
    while (this.peek()?.type === 'string') {
      const token = this.peek();
      if (token?.type !== 'string') break;
      if (token.value === undefined) this.fail(token.problem ?? 'unreadable string', token);
      out += token.value;
      this.index++;
    }
    return out;
  }

  private number(token: PyToken, path: string): number {
    this.index++;
    const text = token.text.replace(/_/g, '');
    if (/[jJ]$/.test(text)) this.fail('complex numbers are not supported', token);
    if (/^0[xXoObB]/.test(text)) {
      const base = { x: 16, o: 8, b: 2 }[text[1]!.toLowerCase() as 'x' | 'o' | 'b'];
      return Number.parseInt(text.slice(2), base);
    }
    if (/^0\d/.test(text) && /^\d+$/.test(text) && !/^0+$/.test(text)) {
      this.fail('leading zeros in a decimal integer are not allowed in Python 3', token);
    }
    const value = Number(text);
    if (/[.eE]/.test(text) && Number.isInteger(value)) this.floatPaths.push(path);
    return value;
  }

  private name(token: PyToken, path: string): PyValue {
    if (token.text === 'True' || token.text === 'False' || token.text === 'None') {
      this.index++;
      return token.text === 'None' ? null : token.text === 'True';
    }
    if (token.text === 'float' && this.isOp('(', 1)) return this.floatCall(token, path);
    if (token.text === 'dict' && this.isOp('(', 1)) return this.dictCall(path);
    if (this.isOp('(', 1)) this.fail(`\`${token.text}(...)\` is a call`, token);
    if (this.isOp('.', 1)) this.fail(`\`${token.text}.…\` is an attribute or enum member, not a plain value`, token);
    const bound = this.bindings?.(token.text, this.index);
    if (bound !== undefined) {
      this.index++;
      // The bound literal's float marks move to where the name is used.
      for (const mark of bound.floatPaths) this.floatPaths.push(joinPath(path, mark));
      return structuredClone(bound.value);
    }
    this.fail(`\`${token.text}\` is a variable`, token);
  }

  // float('inf') and friends are the only way to write non-finite floats, so they are read too.
  private floatCall(token: PyToken, path: string): number {
    const argument = this.peek(2);
    if (argument?.type !== 'string' && argument?.type !== 'number') this.fail('only float() of a constant is read', token);
    if (!this.isOp(')', 3)) this.fail('only float() of a single constant is read', token);
    this.index += 4;
    const text = argument.type === 'string' ? (argument.value ?? '') : argument.text;
    const value = parsePythonFloat(text);
    if (value === undefined) this.fail(`float(${argument.text}) raises ValueError`, token);
    if (Number.isInteger(value)) this.floatPaths.push(path);
    return value;
  }

  // dict(a=1, b='x') is a common way to write a kwargs dict; only keyword literals are read.
  private dictCall(path: string): PyDict {
    this.index += 2;
    const out: PyDict = {};
    while (!this.isOp(')')) {
      const key = this.peek();
      if (key?.type !== 'name' || !this.isOp('=', 1)) this.fail('only keyword arguments are read in dict(...)', key);
      this.index += 2;
      out[key.text] = this.value(path === '' ? key.text : `${path}.${key.text}`);
      if (this.isOp(',')) this.index++;
      else if (!this.isOp(')')) this.fail('expected `,` or `)`');
    }
    this.index++;
    return out;
  }

  private sequence(closer: string, path: string): PyValue[] {
    this.index++;
    return this.rest(closer, path, []);
  }

  private rest(closer: string, path: string, items: PyValue[]): PyValue[] {
    while (!this.isOp(closer)) {
      items.push(this.value(`${path}[${items.length}]`));
      if (this.isOp(',')) this.index++;
      else if (!this.isOp(closer)) this.fail(`expected \`,\` or \`${closer}\``);
    }
    this.index++;
    return items;
  }

  // A tuple reads as a list; `(x)` without a comma is just x.
  private parenthesized(path: string): PyValue {
    this.index++;
    if (this.isOp(')')) {
      this.index++;
      return [];
    }
    const marksBefore = this.floatPaths.length;
    const first = this.value(`${path}[0]`);
    if (this.isOp(')')) {
      this.index++;
      const elementPath = `${path}[0]`;
      for (let i = marksBefore; i < this.floatPaths.length; i++) {
        this.floatPaths[i] = path + (this.floatPaths[i] ?? '').slice(elementPath.length);
      }
      return first;
    }
    if (!this.isOp(',')) this.fail('expected `,` or `)`');
    this.index++;
    return this.rest(')', path, [first]);
  }

  private dict(path: string): PyDict {
    this.index++;
    const out: PyDict = {};
    while (!this.isOp('}')) {
      const keyToken = this.peek();
      if (keyToken?.type !== 'string') this.fail('only string keys are read in a dict', keyToken);
      const key = this.strings();
      if (!this.isOp(':')) this.fail(this.isOp(',') || this.isOp('}') ? 'sets are not supported' : 'expected `:`');
      this.index++;
      out[key] = this.value(path === '' ? key : `${path}.${key}`);
      if (this.isOp(',')) this.index++;
      else if (!this.isOp('}')) this.fail('expected `,` or `}`');
    }
    this.index++;
    return out;
  }
}

/** `inner` (a path inside a value) placed under `outer`.
 * @example joinPath('a', 'b[0]') // 'a.b[0]'
 */
export function joinPath(outer: string, inner: string): string {
  if (inner === '' || outer === '') return outer + inner;
  return inner.startsWith('[') ? outer + inner : `${outer}.${inner}`;
}

/**
 * What Python's `float(text)` gives for a string (`'inf'`, `'-1e-5'`, `' 3 '`), or undefined where
 * Python raises ValueError.
 * @example parsePythonFloat('-Infinity') // -Infinity
 */
export function parsePythonFloat(text: string): number | undefined {
  const trimmed = text.trim();
  const special = /^([+-]?)(inf|infinity|nan)$/i.exec(trimmed);
  if (special) {
    if (special[2]!.toLowerCase() === 'nan') return Number.NaN;
    return special[1] === '-' ? -Infinity : Infinity;
  }
  if (!/^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/.test(trimmed)) return undefined;
  return Number(trimmed.replace(/_/g, ''));
}
