import { renderMessage } from '@/core/i18n/messages/message';
import { describeIssue, fixLabel } from '@/core/i18n/messages/describe-issue';
import { classFieldTexts } from '@/core/i18n/class-field-texts';
import type { FieldTexts } from '@/core/i18n/locale-types';
import { koreanFieldTexts } from '@/core/i18n/target-field-texts';
import { DEFAULT_TARGET, type Target } from '@/core/target/target';
import type { Locale } from './locale-context';
import type { LocaleTexts } from './locale-texts';

/**
 * A locale over translated texts, showing the fields as `target` and `className` word them (a release may
 * change a field's behaviour; TRL's `beta` means something else in each class); every lookup falls back to
 * the English text it is given.
 */
export function createLocale(texts: LocaleTexts, target: Target = DEFAULT_TARGET, className = 'TrainingArguments'): Locale {
  const tables = { base: texts.fields as Readonly<Record<string, FieldTexts>>, ...texts.targetFields };
  const cache = new Map<string, Partial<FieldTexts>>();
  const fieldTexts = (name: string): Partial<FieldTexts> => {
    let found = cache.get(name);
    if (found === undefined) {
      found = classFieldTexts((base) => koreanFieldTexts(tables, target, base), texts.classFields, className, name);
      cache.set(name, found);
    }
    return found;
  };
  return {
    language: 'ko',
    // A UI key is its own English text (see UI_TEXT), so the fallback needs no table at run time.
    t: (key) => texts.ui[key] ?? key,
    sectionTitle: (id, fallback) => texts.sections[id]?.title ?? fallback,
    sectionSummary: (id, fallback) => texts.sections[id]?.summary ?? fallback,
    fieldSummary: (name, fallback) => fieldTexts(name).summary ?? fallback,
    classSummary: (name, fallback) => texts.classFields.summaries[name] ?? fallback,
    fieldHelp: (name, fallback) => fieldTexts(name).help ?? fallback,
    fieldDeprecated: (name, fallback) => fieldTexts(name).deprecated ?? fallback,
    forSchema: (otherTarget, otherClass) => createLocale(texts, otherTarget, otherClass),
    text: (english) => (texts.ui as Readonly<Record<string, string | undefined>>)[english] ?? english,
    issueText: (issue) => describeIssue(issue, texts.messages),
    fixText: (fix) => fixLabel(fix, texts.messages),
    message: (text) => renderMessage(texts.messages, text),
  };
}
