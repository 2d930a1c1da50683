import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** DPO, KTO: precomputed reference log-probabilities go stale once the reference model is synced. */
export const syncRefWithPrecompute = defineRule({
  id: 'sync-ref-with-precompute',
  fields: ['sync_ref_model', 'precompute_ref_log_probs'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'sync_ref_model cannot be combined with precompute_ref_log_probs.',
  check: ({ resolved }) =>
    isTruthy(resolved.sync_ref_model) && isTruthy(resolved.precompute_ref_log_probs)
      ? {
          message:
            'sync_ref_model keeps changing the reference model, so reference log-probabilities computed once before training would be wrong; the trainer refuses the pair when it is created. Turn one of them off.',
          messageKo: `${code('sync_ref_model')}은 참조 모델을 계속 바꾸므로 학습 전에 한 번 계산한 참조 로그 확률(${code('precompute_ref_log_probs')})은 틀리게 됩니다. 트레이너가 만들어질 때 거부하니 둘 중 하나를 끄세요.`,
          fix: { label: 'Turn precompute_ref_log_probs off', labelKo: 'precompute_ref_log_probs 끄기', patch: { precompute_ref_log_probs: undefined } },
        }
      : null,
});
