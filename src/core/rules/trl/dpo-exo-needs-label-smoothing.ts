import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { lossNames } from './loss-names';

/** DPOTrainer: the EXO loss divides by the label-smoothing probability. */
export const dpoExoNeedsLabelSmoothing = defineRule({
  id: 'dpo-exo-needs-label-smoothing',
  fields: ['label_smoothing', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'DPO loss "exo_pair" needs label_smoothing above 0.',
  check: ({ resolved }) =>
    lossNames(resolved.loss_type).includes('exo_pair') && resolved.label_smoothing === 0
      ? {
          message:
            'The exo_pair loss needs label_smoothing above 0 (it takes the log of it); DPOTrainer raises "Label smoothing must be greater than 0.0 when using \'exo_pair\' loss." at the first loss computation. 1e-3 is the value the EXO paper uses.',
          messageKo: `${code('exo_pair')} 손실은 ${code('label_smoothing')}의 로그를 쓰므로 0보다 커야 합니다. 0이면 DPOTrainer가 첫 손실 계산에서 오류를 냅니다. EXO 논문은 ${code('1e-3')}을 씁니다.`,
          fix: { label: 'Set label_smoothing to 0.001', labelKo: 'label_smoothing을 0.001로 설정', patch: { label_smoothing: 0.001 } },
        }
      : null,
});
