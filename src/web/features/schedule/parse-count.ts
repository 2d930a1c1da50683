/** Why a typed count is not accepted. */
export type CountProblem = 'empty' | 'not-whole' | 'too-small' | 'too-large';

export type ParsedCount = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly problem: CountProblem };

/**
 * A whole number typed into a run-context input: digits with optional `,` `_` or space separators,
 * between `min` and `max`.
 * @example parseCount('10,000', 0, 1e12) // { ok: true, value: 10000 }
 */
export function parseCount(text: string, min: number, max: number): ParsedCount {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (!/^\d[\d,_ ]*$/.test(trimmed)) return { ok: false, problem: 'not-whole' };
  const value = Number(trimmed.replace(/[,_ ]/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, problem: 'too-large' };
  if (value < min) return { ok: false, problem: 'too-small' };
  if (value > max) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}
