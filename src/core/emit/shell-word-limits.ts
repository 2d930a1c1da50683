// A NUL ends a C string, so no argv word can hold one; a lone surrogate has no UTF-8 bytes at all.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSHELLABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why no shell word can carry `word` as a program argument, or undefined when one can.
 * @example unshellableReason('a\0b') // 'it holds a NUL character, which no command-line word can carry'
 */
export function unshellableReason(word: string): string | undefined {
  const found = UNSHELLABLE.exec(word)?.[0];
  if (found === undefined) return undefined;
  if (found === '\u0000') return 'it holds a NUL character, which no command-line word can carry';
  const code = found.charCodeAt(0).toString(16).toUpperCase();
  return `it holds a lone surrogate (U+${code}), which has no UTF-8 bytes a command line could carry`;
}
