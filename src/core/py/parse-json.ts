import type { PyValue } from './py-value';

export interface JsonParseError {
  readonly message: string;
  /** 1-based line and column of the offending character. */
  readonly line: number;
  readonly column: number;
}

export type JsonParseResult =
  { readonly ok: true; readonly value: PyValue; readonly floatWritten: ReadonlySet<string> } | { readonly ok: false; readonly error: JsonParseError };

/**
 * Parses JSON as Python's `json.loads` would, keeping what `JSON.parse` loses: whether a whole number
 * was written as a float (`5.0`, `1e3`). Python tells `5` (int) from `5.0` (float), and the library does too.
 * @example parseJson('{"a": 5.0}') // { ok: true, value: { a: 5 }, floatWritten: Set { 'a' } }
 */
export function parseJson(text: string): JsonParseResult {
  const parser = new Parser(text);
  try {
    parser.skipSpace();
    const value = parser.value('');
    parser.skipSpace();
    if (!parser.atEnd()) parser.fail('Unexpected text after the JSON value');
    return { ok: true, value, floatWritten: parser.floatWritten };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.detail };
    throw error;
  }
}

class ParseFailure extends Error {
  constructor(readonly detail: JsonParseError) {
    super(detail.message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class Parser {
  pos = 0;
  readonly floatWritten = new Set<string>();
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(message: string): never {
    const before = this.text.slice(0, this.pos);
    const line = before.split('\n').length;
    const column = this.pos - before.lastIndexOf('\n');
    throw new ParseFailure({ message, line, column });
  }

  skipSpace(): void {
    while (!this.atEnd() && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  value(path: string): PyValue {
    const ch = this.text[this.pos];
    if (ch === '{') return this.object(path);
    if (ch === '[') return this.array(path);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number(path);
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    return this.fail(ch === undefined ? 'Unexpected end of input: a value is missing' : `Unexpected character ${JSON.stringify(ch)}`);
  }

  object(path: string): PyValue {
    this.pos++;
    const result: Record<string, PyValue> = {};
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail('Expecting property name enclosed in double quotes');
      const key = this.string();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail("Expecting ':' delimiter");
      this.pos++;
      this.skipSpace();
      result[key] = this.value(path ? `${path}.${key}` : key);
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === '}') return result;
      if (next !== ',') {
        this.pos--;
        this.fail("Expecting ',' delimiter or '}'");
      }
    }
  }

  array(path: string): PyValue {
    this.pos++;
    const result: PyValue[] = [];
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value(`${path}[${result.length}]`));
      this.skipSpace();
      const next = this.text[this.pos];
      this.pos++;
      if (next === ']') return result;
      if (next !== ',') {
        this.pos--;
        this.fail("Expecting ',' delimiter or ']'");
      }
    }
  }

  string(): string {
    this.pos++;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('Unterminated string');
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch < ' ') this.fail('Invalid control character in string');
      if (ch === '\\') {
        const esc = this.text[this.pos + 1];
        if (esc === 'u') {
          const hex = this.text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\uXXXX escape');
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
          continue;
        }
        const mapped = esc === undefined ? undefined : ESCAPES[esc];
        if (mapped === undefined) this.fail('Invalid \\escape');
        out += mapped;
        this.pos += 2;
        continue;
      }
      out += ch;
      this.pos++;
    }
  }

  number(path: string): number {
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('Invalid number');
    this.pos += match[0].length;
    const value = Number(match[0]);
    if ((match[1] !== undefined || match[2] !== undefined) && Number.isInteger(value)) this.floatWritten.add(path);
    return value;
  }
}
