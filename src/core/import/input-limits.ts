import type { ImportError, ImportResult } from './import-result';
import { positionOf } from './import-result';

/** The most text an importer reads: far more than any real config, little enough to read in a blink. */
export const MAX_IMPORT_CHARS = 1_000_000;
/** The deepest nesting of brackets (or YAML blocks) an importer follows; real configs stay under 10. */
export const MAX_IMPORT_NESTING = 100;
/** The most values one import may expand to (YAML aliases can multiply a small text). */
export const MAX_IMPORT_VALUES = 100_000;

// Character codes of ( [ { and ) ] }.
const OPEN_PAREN = 40;
const OPEN_BRACKET = 91;
const OPEN_BRACE = 123;
const CLOSE_PAREN = 41;
const CLOSE_BRACKET = 93;
const CLOSE_BRACE = 125;

/**
 * Why `text` is too large or too deeply nested to import, with where, or undefined when it is fine.
 * Brackets are counted everywhere, inside strings too: a real config never nests 100 deep either way,
 * and a recursive reader must never meet such input.
 * @example inputLimitError('['.repeat(101))?.column // 101
 */
export function inputLimitError(text: string): ImportError | undefined {
  if (text.length > MAX_IMPORT_CHARS) {
    return {
      message: `The text is ${text.length.toLocaleString('en-US')} characters long; at most ${MAX_IMPORT_CHARS.toLocaleString('en-US')} are read. Paste only the arguments.`,
      line: 1,
      column: 1,
    };
  }
  let depth = 0;
  // Character codes rather than one-character strings: this runs over every imported text (each --jsonl line).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code === OPEN_PAREN || code === OPEN_BRACKET || code === OPEN_BRACE) && ++depth > MAX_IMPORT_NESTING) {
      return {
        message: `Brackets nest more than ${MAX_IMPORT_NESTING} levels deep here; no config needs that many, so the text was not read.`,
        ...positionOf(text, i),
      };
    }
    if ((code === CLOSE_PAREN || code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) depth--;
  }
  return undefined;
}

/**
 * The result of an import refused for its size or nesting, or undefined when the text may be read.
 * @example refusedImport('x'.repeat(2_000_000))?.errors[0]?.line // 1
 */
export function refusedImport(text: string): ImportResult | undefined {
  const error = inputLimitError(text);
  return error === undefined ? undefined : { kwargs: { values: {}, floatWritten: new Set() }, dropped: [], errors: [error] };
}
