import { message, type NoParams } from '../../i18n/messages/message';
import { isLine4x } from '../../target/target';
import { defineRule } from '../define-rule';
import { patchFix } from '../schema-format';

/**
 * report_to=None: in 4.x it means every installed integration; from 5.0 TrainingArguments keeps it as
 * [None] without complaint, and the failure comes later, when the Trainer sets up its reporting callbacks.
 */
export const reportToNone = defineRule({
  id: 'report-to-none',
  fields: ['report_to'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['report-to-none'],
  description: 'report_to=None is valid in 4.x (every installed integration); from 5.0 it becomes [None], which the Trainer rejects when it is created.',
  check: ({ input, target }) =>
    input.values.report_to === null && !isLine4x(target)
      ? {
          fields: ['report_to'],
          text: message('report-to-none', {}),
          fix: patchFix({ report_to: 'none' }),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'report-to-none': NoParams;
  }
}
