import type { Fix, Issue } from '../../rules/define-rule';
import { renderMessage, type MessageCatalogue } from './message';

/**
 * An issue's message in a catalogue's language. Issues from the rules carry a code; the few built elsewhere (a
 * config class's own `__post_init__` steps, the web app's input errors) carry their English and Korean text as is.
 * @example describeIssue(issue, KO_MESSAGES) // '`fp16`과 `bf16`이 둘 다 켜져 있지만 …'
 */
export function describeIssue(issue: Issue, catalogue: MessageCatalogue): string {
  if (issue.text !== undefined) return renderMessage(catalogue, issue.text);
  return catalogue.language === 'ko' ? (issue.messageKo ?? issue.message) : issue.message;
}

/** A fix's label in a catalogue's language (see `describeIssue`). */
export function fixLabel(fix: Fix, catalogue: MessageCatalogue): string {
  if (fix.text !== undefined) return renderMessage(catalogue, fix.text);
  return catalogue.language === 'ko' ? (fix.labelKo ?? fix.label) : fix.label;
}
