export type TokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'kwarg' | 'name' | 'plain';

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

export type CodeLanguage = 'python' | 'shell' | 'json' | 'yaml';

interface Grammar {
  /** One capture group per token kind, in the order of `kinds`; global. */
  readonly pattern: RegExp;
  readonly kinds: readonly TokenKind[];
}

// Small on purpose: the code is ours and regular, so a few patterns per language colour it correctly.
const GRAMMARS: Record<CodeLanguage, Grammar> = {
  python: {
    pattern:
      /(#[^\n]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\b\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?\b)|\b(True|False|None|from|import|as)\b|([A-Za-z_]\w*)(?=\s*=(?!=))|([A-Za-z_]\w*)/g,
    kinds: ['comment', 'string', 'number', 'keyword', 'kwarg', 'name'],
  },
  shell: {
    pattern: /(#[^\n]*)|('[^']*'|"(?:[^"\\]|\\.)*")|(--[\w-]+)|\b(python|torchrun|accelerate|launch)\b|(\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)/g,
    kinds: ['comment', 'string', 'kwarg', 'keyword', 'number'],
  },
  json: {
    pattern: /("(?:[^"\\\n]|\\.)*")(?=\s*:)|("(?:[^"\\\n]|\\.)*")|(-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|(-?Infinity|\btrue|\bfalse|\bnull|\bNaN)\b/g,
    kinds: ['kwarg', 'string', 'number', 'keyword'],
  },
  yaml: {
    pattern:
      /(#[^\n]*)|(?<=^[ \t]*(?:-[ \t]+)?)([\w.-]+)(?=:(?:[ \t]|$))|("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')|([-+]?\.(?:inf|nan)\b|-?\b\d[\d_]*(?:\.\d*)?(?:[eE][+-]?\d+)?\b)|\b(true|false|null)\b/gm,
    kinds: ['comment', 'kwarg', 'string', 'number', 'keyword'],
  },
};

/**
 * Splits generated code into coloured tokens; joined, the tokens give back the code exactly.
 * @example highlightCode('--bf16', 'shell') // [{ kind: 'kwarg', text: '--bf16' }]
 */
export function highlightCode(code: string, language: CodeLanguage): Token[] {
  const { pattern, kinds } = GRAMMARS[language];
  const tokens: Token[] = [];
  let last = 0;
  for (const match of code.matchAll(pattern)) {
    const start = match.index;
    if (match[0] === '') continue;
    if (start > last) tokens.push({ kind: 'plain', text: code.slice(last, start) });
    const group = match.slice(1).findIndex((g) => g !== undefined);
    tokens.push({ kind: kinds[group] ?? 'plain', text: match[0] });
    last = start + match[0].length;
  }
  if (last < code.length) tokens.push({ kind: 'plain', text: code.slice(last) });
  return tokens;
}
