import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';

/** DPO, KTO: precomputed reference log-probabilities go stale once the reference model is synced. */
export const syncRefWithPrecompute = defineRule({
  id: 'sync-ref-with-precompute',
  fields: ['sync_ref_model', 'precompute_ref_log_probs'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['sync-ref-with-precompute', 'sync-ref-with-precompute.fix'],
  description: 'sync_ref_model cannot be combined with precompute_ref_log_probs.',
  check: ({ resolved }) =>
    isTruthy(resolved.sync_ref_model) && isTruthy(resolved.precompute_ref_log_probs)
      ? {
          text: message('sync-ref-with-precompute', {}),
          fix: { text: message('sync-ref-with-precompute.fix', {}), patch: { precompute_ref_log_probs: undefined } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'sync-ref-with-precompute': NoParams;
    'sync-ref-with-precompute.fix': NoParams;
  }
}
