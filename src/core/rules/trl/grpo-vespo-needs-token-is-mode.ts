import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';

const TOKEN_MODES = ['token_truncate', 'token_mask'];

/** GRPOTrainer: VESPO reweights tokens, so the vLLM correction must be per token too. */
export const grpoVespoNeedsTokenIsMode = defineRule({
  id: 'grpo-vespo-needs-token-is-mode',
  fields: ['vllm_importance_sampling_mode', 'loss_type', 'use_vllm', 'vllm_importance_sampling_correction'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['grpo-vespo-needs-token-is-mode', 'grpo-vespo-needs-token-is-mode.fix'],
  description: 'GRPO loss "vespo" with vLLM importance-sampling correction needs a token-level mode.',
  check: ({ resolved }) => {
    const mode = resolved.vllm_importance_sampling_mode;
    if (resolved.loss_type !== 'vespo' || !isTruthy(resolved.use_vllm) || !isTruthy(resolved.vllm_importance_sampling_correction)) return null;
    if (typeof mode === 'string' && TOKEN_MODES.includes(mode)) return null;
    return {
      text: message('grpo-vespo-needs-token-is-mode', { mode }),
      fix: { text: message('grpo-vespo-needs-token-is-mode.fix', {}), patch: { vllm_importance_sampling_mode: 'token_mask' } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'grpo-vespo-needs-token-is-mode': { readonly mode: PyValue | undefined };
    'grpo-vespo-needs-token-is-mode.fix': NoParams;
  }
}
