import { getField } from '../registry/registry';
import { isLine4x, type Target } from '../target/target';
import type { FieldTexts, KoreanTargetTexts } from './locale-types';

/** The Korean field tables: `ko.ts` (written for the 5.2–5.5 English) and the targets' own entries where theirs differs. */
export interface KoreanFieldTables {
  readonly base: Readonly<Record<string, FieldTexts>>;
  /** `ko-v4.ts`: the 4.x line. */
  readonly line4x: KoreanTargetTexts;
  /** `ko-v5-15.ts`: releases from 5.6 on. */
  readonly since5_6: KoreanTargetTexts;
}

/** The release `ko.ts` translates. */
const BASE_TARGET: Target = '5.2-5.5';

/**
 * The Korean of `name` on `target`. Where the target's English differs from the text `ko.ts` translates, its
 * own table's entry is taken (a text it leaves out keeps `ko.ts`'s, which was judged still true), so the
 * Korean never describes another release's behaviour than the English shown beside it.
 * @example koreanFieldTexts(tables, '5.15-5.18', 'warmup_steps')?.help // KO_V5_15's (no warmup_ratio any more)
 */
export function koreanFieldTexts(tables: KoreanFieldTables, target: Target, name: string): FieldTexts | undefined {
  const base = tables.base[name];
  const english = getField(name, target);
  const baseEnglish = getField(name, BASE_TARGET);
  const differs = english !== undefined && (baseEnglish === undefined || english.summary !== baseEnglish.summary || english.help !== baseEnglish.help);
  // A deprecation note is judged on its own: a release may reword the help and keep the note, or the reverse.
  const noteDiffers = english !== undefined && english.deprecated !== baseEnglish?.deprecated;
  if (!differs && !noteDiffers) return base;
  const [own, other] = isLine4x(target) ? [tables.line4x, tables.since5_6] : [tables.since5_6, tables.line4x];
  // A field ko.ts lacks lives in one table (4.x fields that 5.0 and 5.1 still have, say).
  const texts = own.fields[name] ?? (base === undefined ? other.fields[name] : undefined);
  const summary = differs ? (texts?.summary ?? base?.summary) : base?.summary;
  const help = differs ? (texts?.help ?? base?.help) : base?.help;
  // ko.ts's note translates the base release's English; a release with another note (or none) needs its own.
  const deprecated = noteDiffers ? texts?.deprecated : base?.deprecated;
  if (summary === undefined || help === undefined) return undefined;
  return { summary, help, ...(deprecated !== undefined ? { deprecated } : {}) };
}
