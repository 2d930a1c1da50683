import { EN_MESSAGES } from '../i18n/messages/en';
import { renderMessage, type Message } from '../i18n/messages/message';
import type { Issue } from '../rules/define-rule';

/**
 * Issues about the input itself rather than the arguments (a JSON object that does not parse, a checker bug),
 * built by the app around the check. Their codes live here so every catalogue words them like the rules' codes.
 */
export const INPUT_CODES = ['input.json-syntax', 'input.internal-error'] as const;

declare module '../i18n/messages/message' {
  interface MessageParams {
    /** `detail`: the JSON parser's own (English) words. */
    'input.json-syntax': { readonly line: number; readonly column: number; readonly detail: string };
    /** `detail`: the exception's text. */
    'input.internal-error': { readonly detail: string };
  }
}

/**
 * An error issue carrying `text`, with its English message rendered as the rules' issues have it.
 * @example inputIssue('web-internal', [], message('input.internal-error', { detail: 'boom' })).message // 'Internal error while checking: boom'
 */
export function inputIssue(rule: string, fields: readonly string[], text: Message): Issue {
  return { severity: 'error', rule, fields, message: renderMessage(EN_MESSAGES, text), text };
}
