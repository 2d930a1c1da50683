import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';

const TOKEN_MODES = ['token_truncate', 'token_mask'];

/** GRPOTrainer: VESPO reweights tokens, so the vLLM correction must be per token too. */
export const grpoVespoNeedsTokenIsMode = defineRule({
  id: 'grpo-vespo-needs-token-is-mode',
  fields: ['vllm_importance_sampling_mode', 'loss_type', 'use_vllm', 'vllm_importance_sampling_correction'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'GRPO loss "vespo" with vLLM importance-sampling correction needs a token-level mode.',
  check: ({ resolved }) => {
    const mode = resolved.vllm_importance_sampling_mode;
    if (resolved.loss_type !== 'vespo' || !isTruthy(resolved.use_vllm) || !isTruthy(resolved.vllm_importance_sampling_correction)) return null;
    if (typeof mode === 'string' && TOKEN_MODES.includes(mode)) return null;
    return {
      message: `The vespo loss weighs each token, so with vLLM importance-sampling correction GRPOTrainer requires vllm_importance_sampling_mode "token_truncate" or "token_mask" (got ${JSON.stringify(mode)}) and raises otherwise. Pick a token mode, or turn vllm_importance_sampling_correction off.`,
      messageKo: `${code('vespo')} 손실은 토큰마다 가중치를 주므로, vLLM 중요도 샘플링 보정과 함께 쓰면 GRPOTrainer는 ${code('vllm_importance_sampling_mode')}로 "token_truncate"나 "token_mask"를 요구합니다(입력값 ${code(JSON.stringify(mode))}). 토큰 모드를 고르거나 보정을 끄세요.`,
      fix: { label: 'Use vllm_importance_sampling_mode="token_mask"', labelKo: 'vllm_importance_sampling_mode="token_mask" 사용', patch: { vllm_importance_sampling_mode: 'token_mask' } },
    };
  },
});
