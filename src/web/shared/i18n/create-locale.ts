import { describeIssue, fixLabel } from '@/core/i18n/messages/describe-issue';
import type { Locale } from './locale-context';
import type { LocaleTexts } from './locale-texts';

/** A locale over translated texts; every lookup falls back to the English text it is given. */
export function createLocale(texts: LocaleTexts): Locale {
  return {
    language: 'ko',
    // A UI key is its own English text (see UI_TEXT), so the fallback needs no table at run time.
    t: (key) => texts.ui[key] ?? key,
    sectionTitle: (id, fallback) => texts.sections[id]?.title ?? fallback,
    sectionSummary: (id, fallback) => texts.sections[id]?.summary ?? fallback,
    fieldSummary: (name, fallback) => texts.fields[name]?.summary ?? fallback,
    fieldHelp: (name, fallback) => texts.fields[name]?.help ?? fallback,
    text: (english) => (texts.ui as Readonly<Record<string, string | undefined>>)[english] ?? english,
    issueText: (issue) => describeIssue(issue, texts.messages),
    fixText: (fix) => fixLabel(fix, texts.messages),
  };
}
