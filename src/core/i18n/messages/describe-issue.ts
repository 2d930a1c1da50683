import type { Fix, Issue } from '../../rules/define-rule';
import { renderMessage, type MessageCatalogue } from './message';

/**
 * An issue's message in a catalogue's language: every issue carries its message as a code and params.
 * @example describeIssue(issue, KO_MESSAGES) // '`fp16`과 `bf16`이 둘 다 켜져 있지만 …'
 */
export function describeIssue(issue: Issue, catalogue: MessageCatalogue): string {
  return renderMessage(catalogue, issue.text);
}

/** A fix's label in a catalogue's language (see `describeIssue`); a fix without a code keeps its own label. */
export function fixLabel(fix: Fix, catalogue: MessageCatalogue): string {
  if (fix.text !== undefined) return renderMessage(catalogue, fix.text);
  return fix.label;
}
