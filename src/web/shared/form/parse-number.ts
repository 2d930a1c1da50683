/** Python int/float literal syntax, with optional `_` digit separators as Python allows. */
const NUMBER_LITERAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

export interface ParsedNumber {
  readonly value: number;
  /** Whole value written as a float (`5.0`, `1e3`): Python keeps it a float, and the library can tell. */
  readonly floatWritten: boolean;
}

/** Parses what a user typed into a number input, or returns null when it is not a finite number. */
export function parseNumber(text: string): ParsedNumber | null {
  const trimmed = text.trim();
  if (!NUMBER_LITERAL.test(trimmed)) return null;
  const value = Number(trimmed.replaceAll('_', ''));
  if (!Number.isFinite(value)) return null;
  const looksFloat = /[.eE]/.test(trimmed);
  return { value, floatWritten: looksFloat && Number.isInteger(value) };
}
