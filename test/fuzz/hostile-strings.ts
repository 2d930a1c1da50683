import fc from 'fast-check';

/**
 * Pieces that break naive quoting in Python, shells, JSON and YAML, or that a careless reader
 * mangles: quotes, backslashes, CR/LF, triple quotes, NUL, lone surrogates of both halves, Korean,
 * right-to-left and invisible marks, line and paragraph separators, shell and YAML syntax.
 */
export const HOSTILE_PIECES: readonly string[] = [
  "'",
  '"',
  '\\',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\0',
  '"""',
  "'''",
  '\\n',
  '\\x00',
  '\\u0041',
  '\x1b',
  '\x7f',
  '\x85',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ud83d\ude00',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2067',
  '\u2069',
  '\u061c',
  '\ufeff',
  '\u200b',
  '\u00a0',
  '\u2028',
  '\u2029',
  '한국어',
  '학습률',
  'e\u0301',
  '👩‍💻',
  '$HOME',
  '$(id)',
  '`id`',
  '!!',
  '--flag',
  '-x',
  ' ',
  '#',
  ':',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '*',
  '&',
  '!',
  '%',
  '@',
  '|',
  '>',
  '~',
  'yes',
  'no',
  'null',
  'None',
  'True',
  '0x1F',
  '1e5',
  '.inf',
  '<<',
  '2024-01-01',
  '<HUB_TOKEN>',
  '<img src=x onerror=alert(1)>',
  '</script>',
  '&lt;',
];

/** One UTF-16 piece: a hostile piece, ASCII, any BMP unit (surrogate halves included), an astral character or Hangul. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0x10000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCharCode(code)) },
);

/**
 * Strings from all of Unicode, biased towards what breaks emitters and readers; lone and paired
 * surrogates both occur (two adjacent halves pair up).
 * @example fc.sample(hostileString(), 3) // e.g. ['a"""\ud800', '', '한국어\r\n$(id)']
 */
export function hostileString(maxPieces = 10): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom('out', 'wandb', 'my-run_1', 'a b', '') },
    { weight: 6, arbitrary: fc.array(unit, { maxLength: maxPieces }).map((pieces) => pieces.join('')) },
  );
}

/** Whole strings with no lone surrogate, for places that need well-formed text (the form, URLs). */
export function wellFormedHostileString(maxPieces = 10): fc.Arbitrary<string> {
  return hostileString(maxPieces).map((text) => text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
}

/** A random Hugging Face token (`hf_` and 34 letters and digits): unique enough that finding it in an output means a leak. */
export function tokenArbitrary(): fc.Arbitrary<string> {
  return fc.stringMatching(/^[A-Za-z0-9]{34}$/).map((rest) => `hf_${rest}`);
}
