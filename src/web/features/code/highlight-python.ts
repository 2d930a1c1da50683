export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'kwarg' | 'name' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const TOKEN = /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\b\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?\b)|\b(True|False|None|from|import|as)\b|([A-Za-z_]\w*)(?=\s*=(?!=))|([A-Za-z_]\w*)/g;
const KINDS: readonly TokenKind[] = ['comment', 'string', 'number', 'keyword', 'kwarg', 'name'];

/** Splits generated Python into coloured tokens; small on purpose (the code is ours and regular). */
export function highlightPython(code: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of code.matchAll(TOKEN)) {
    const start = match.index;
    if (start > last) tokens.push({ kind: 'plain', text: code.slice(last, start) });
    const group = match.slice(1).findIndex((g) => g !== undefined);
    tokens.push({ kind: KINDS[group] ?? 'plain', text: match[0] });
    last = start + match[0].length;
  }
  if (last < code.length) tokens.push({ kind: 'plain', text: code.slice(last) });
  return tokens;
}
