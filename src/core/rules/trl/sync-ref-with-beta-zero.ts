import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';

/** GRPO, RLOO: with beta 0 no reference model is loaded, so there is nothing to sync. */
export const syncRefWithBetaZero = defineRule({
  id: 'sync-ref-with-beta-zero',
  fields: ['sync_ref_model', 'beta'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['sync-ref-with-beta-zero', 'sync-ref-with-beta-zero.fix'],
  description: 'GRPO/RLOO sync_ref_model needs beta above 0 (a reference model).',
  check: ({ resolved }) =>
    isTruthy(resolved.sync_ref_model) && resolved.beta === 0
      ? {
          text: message('sync-ref-with-beta-zero', {}),
          fix: { text: message('sync-ref-with-beta-zero.fix', {}), patch: { sync_ref_model: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'sync-ref-with-beta-zero': NoParams;
    'sync-ref-with-beta-zero.fix': NoParams;
  }
}
