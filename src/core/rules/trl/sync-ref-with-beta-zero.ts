import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { code } from '../ko-text';

/** GRPO, RLOO: with beta 0 no reference model is loaded, so there is nothing to sync. */
export const syncRefWithBetaZero = defineRule({
  id: 'sync-ref-with-beta-zero',
  fields: ['sync_ref_model', 'beta'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'GRPO/RLOO sync_ref_model needs beta above 0 (a reference model).',
  check: ({ resolved }) =>
    isTruthy(resolved.sync_ref_model) && resolved.beta === 0
      ? {
          message:
            'sync_ref_model updates the reference model, but beta 0 means no reference model is loaded at all; the trainer raises when it is created. Set beta above 0 (for example 0.04) to use a reference model, or turn sync_ref_model off.',
          messageKo: `${code('sync_ref_model')}은 참조 모델을 갱신하는데, ${code('beta')}가 0이면 참조 모델을 아예 불러오지 않으므로 트레이너가 만들어질 때 오류를 냅니다. 참조 모델을 쓰려면 ${code('beta')}를 0보다 크게(예: 0.04) 하고, 아니면 ${code('sync_ref_model')}을 끄세요.`,
          fix: { label: 'Turn sync_ref_model off', labelKo: 'sync_ref_model 끄기', patch: { sync_ref_model: undefined } },
        }
      : null,
});
