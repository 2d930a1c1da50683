import type { Fix, Issue } from '@/core/rules/define-rule';
import type { Language } from '@/web/shared/i18n/locale-texts';

/**
 * An issue's message in the UI language. English stays the canonical text; an issue without Korean wording
 * (none from the rules, but a caller may build its own) shows its English message.
 * @example issueMessage({ ..., message: 'x', messageKo: '엑스' }, 'ko') // '엑스'
 */
export function issueMessage(issue: Issue, language: Language): string {
  return language === 'ko' ? (issue.messageKo ?? issue.message) : issue.message;
}

/** A fix's label in the UI language, English when it has no Korean label. */
export function fixLabel(fix: Fix, language: Language): string {
  return language === 'ko' ? (fix.labelKo ?? fix.label) : fix.label;
}
