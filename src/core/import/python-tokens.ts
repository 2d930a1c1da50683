/** One token of Python source; `start`/`end` are offsets into the text. */
export type PyToken =
  | { readonly type: 'name' | 'op' | 'number'; readonly text: string; readonly start: number; readonly end: number }
  | {
      readonly type: 'string';
      readonly text: string;
      readonly start: number;
      readonly end: number;
      /** The decoded value; undefined when `problem` says why it has none. */
      readonly value?: string;
      readonly problem?: string;
    }
  | { readonly type: 'error'; readonly text: string; readonly start: number; readonly end: number; readonly problem: string };

const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
const DIGITS = String.raw`\d(?:_?\d)*`;
const EXPONENT = String.raw`(?:[eE][+-]?${DIGITS})`;
const NUMBER_FORMS = [
  String.raw`0[xX](?:_?[0-9a-fA-F])+`,
  String.raw`0[oO](?:_?[0-7])+`,
  String.raw`0[bB](?:_?[01])+`,
  String.raw`${DIGITS}\.(?:${DIGITS})?${EXPONENT}?`,
  String.raw`\.${DIGITS}${EXPONENT}?`,
  String.raw`${DIGITS}${EXPONENT}?`,
];
const NUMBER = new RegExp(`(?:${NUMBER_FORMS.join('|')})[jJ]?`, 'y');
const STRING_START = /([rRuUbBfF]{0,2})('''|"""|'|")/y;
const OPERATORS = ['**', '//', '<<', '>>', '<=', '>=', '==', '!=', '->', ':=', '...'];

/**
 * Splits Python source into tokens, skipping comments, blank space and line continuations;
 * string tokens carry their decoded value. Never throws: bad input becomes `error` tokens.
 * @example tokenizePython("f(a='x')").map((t) => t.text) // ['f', '(', 'a', '=', "'x'", ')']
 */
export function tokenizePython(text: string): PyToken[] {
  const tokens: PyToken[] = [];
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos] ?? '';
    if (ch === '#') {
      while (pos < text.length && text[pos] !== '\n') pos++;
      continue;
    }
    if (/\s/.test(ch) || (ch === '\\' && /^\\\r?\n/.test(text.slice(pos, pos + 3)))) {
      pos++;
      continue;
    }
    STRING_START.lastIndex = pos;
    const stringStart = STRING_START.exec(text);
    if (stringStart && /^(?:|[rRuUbBfF]|[bBfF][rR]|[rR][bBfF])$/.test(stringStart[1] ?? '')) {
      const token = readString(text, pos, stringStart[1] ?? '', stringStart[2] ?? "'");
      tokens.push(token);
      pos = token.end;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      NUMBER.lastIndex = pos;
      const match = NUMBER.exec(text);
      if (match && match[0] !== '.' && match[0] !== '') {
        tokens.push({ type: 'number', text: match[0], start: pos, end: pos + match[0].length });
        pos += match[0].length;
        continue;
      }
    }
    NAME.lastIndex = pos;
    const name = NAME.exec(text);
    if (name) {
      tokens.push({ type: 'name', text: name[0], start: pos, end: pos + name[0].length });
      pos += name[0].length;
      continue;
    }
    const op = OPERATORS.find((candidate) => text.startsWith(candidate, pos)) ?? ch;
    tokens.push({ type: 'op', text: op, start: pos, end: pos + op.length });
    pos += op.length;
  }
  return tokens;
}

function readString(text: string, start: number, prefix: string, quote: string): PyToken {
  const raw = /[rR]/.test(prefix);
  const triple = quote.length === 3;
  let pos = start + prefix.length + quote.length;
  let value = '';
  let problem: string | undefined;
  for (;;) {
    if (pos >= text.length) {
      return { type: 'error', text: text.slice(start), start, end: text.length, problem: 'This string is never closed' };
    }
    if (text.startsWith(quote, pos)) {
      pos += quote.length;
      break;
    }
    const ch = text[pos] ?? '';
    if (ch === '\n' && !triple) {
      return { type: 'error', text: text.slice(start, pos), start, end: pos, problem: 'This string is never closed on its line' };
    }
    if (ch !== '\\') {
      value += ch;
      pos++;
      continue;
    }
    if (raw) {
      // In a raw string a backslash still protects the next character from closing the string.
      value += text.slice(pos, pos + 2);
      pos += 2;
      continue;
    }
    const escape = decodeEscape(text, pos);
    if (escape.problem !== undefined) problem ??= escape.problem;
    value += escape.value;
    pos = escape.end;
  }
  const tokenText = text.slice(start, pos);
  if (/[bB]/.test(prefix)) return { type: 'string', text: tokenText, start, end: pos, problem: 'a bytes literal is not a str' };
  if (/[fF]/.test(prefix)) {
    if (/[{}]/.test(value.replace(/\{\{|\}\}/g, ''))) {
      return { type: 'string', text: tokenText, start, end: pos, problem: 'an f-string with placeholders depends on variables' };
    }
    value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  }
  if (problem !== undefined) return { type: 'string', text: tokenText, start, end: pos, problem };
  return { type: 'string', text: tokenText, start, end: pos, value };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function decodeEscape(text: string, pos: number): { value: string; end: number; problem?: string } {
  const next = text[pos + 1] ?? '';
  if (next === '\n') return { value: '', end: pos + 2 };
  if (next === '\r') return { value: '', end: text[pos + 2] === '\n' ? pos + 3 : pos + 2 };
  const simple = SIMPLE_ESCAPES[next];
  if (simple !== undefined) return { value: simple, end: pos + 2 };
  const octal = /^[0-7]{1,3}/.exec(text.slice(pos + 1, pos + 4));
  if (octal) return { value: String.fromCodePoint(parseInt(octal[0], 8)), end: pos + 1 + octal[0].length };
  const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (width > 0) {
    const digits = text.slice(pos + 2, pos + 2 + width);
    const code = parseInt(digits, 16);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== width || code > 0x10ffff) {
      return { value: '', end: pos + 2, problem: `the escape \\${next}${digits} is invalid` };
    }
    // fromCharCode keeps a lone surrogate (\udc80) as the single code unit Python has.
    return { value: code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code), end: pos + 2 + width };
  }
  if (next === 'N') return { value: '', end: pos + 2, problem: 'named escapes (\\N{...}) are not supported' };
  // Python keeps unknown escapes as written (with a warning).
  return { value: `\\${next}`, end: pos + 2 };
}
