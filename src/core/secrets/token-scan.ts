import { positionOf } from '../import/import-result';

/**
 * A Hugging Face access token as issued: `hf_` and at least 30 letters and digits (today 34). Shorter
 * `hf_…` words (`hf_home`, `hf_transfer`) are ordinary names and stay unflagged.
 */
const HF_TOKEN = /(?<![A-Za-z0-9_])hf_[A-Za-z0-9]{30,}(?![A-Za-z0-9_])/g;

// Without the `g` flag, so `test` keeps no state between calls.
const HF_TOKEN_ANYWHERE = new RegExp(HF_TOKEN.source);

/** Where a token-looking string sits in some text (1-based), with a masked form safe to show. */
export interface FoundToken {
  readonly line: number;
  readonly column: number;
  /** `hf_abcd…wxyz`: enough to recognise which token, not enough to use it. */
  readonly masked: string;
}

/**
 * Every Hugging Face token-looking string in `text`, in order. Used to warn that a pasted token has
 * been exposed and should be rotated.
 * @example findTokens('hub_token="hf_' + 'a'.repeat(34) + '"')[0]?.column // 12
 */
export function findTokens(text: string): FoundToken[] {
  return [...text.matchAll(HF_TOKEN)].map((match) => ({ ...positionOf(text, match.index), masked: maskToken(match[0]) }));
}

/**
 * Whether one value is, or contains, a token-looking string.
 * @example looksLikeToken('hf_' + 'a'.repeat(34)) // true
 */
export function looksLikeToken(text: string): boolean {
  return HF_TOKEN_ANYWHERE.test(text);
}

/**
 * A token shortened to its first and last four characters after `hf_`.
 * @example maskToken('hf_abcdefghijklmnopqrstuvwxyz0123456789') // 'hf_abcd…6789'
 */
export function maskToken(token: string): string {
  return `${token.slice(0, 7)}…${token.slice(-4)}`;
}
