const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one word for a POSIX shell so it reaches the program exactly as given: safe words stay
 * bare, everything else goes in single quotes (inside which nothing is special), with each `'`
 * written as `'\''`.
 * @example quoteShellWord("it's") // "'it'\\''s'"
 */
export function quoteShellWord(word: string): string {
  if (SAFE_WORD.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}
