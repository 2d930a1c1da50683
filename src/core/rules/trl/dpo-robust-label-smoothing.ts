import { defineRule } from '../define-rule';
import { code } from '../ko-text';
import { lossNames } from './loss-names';

/** DPOTrainer warns when the robust loss gets a flip probability it cannot use. */
export const dpoRobustLabelSmoothing = defineRule({
  id: 'dpo-robust-label-smoothing',
  fields: ['label_smoothing', 'loss_type'],
  severity: 'warning',
  source: 'trainer',
  stage: 'config',
  description: 'DPO loss "robust" expects label_smoothing from 0 up to (not including) 0.5.',
  check: ({ resolved }) => {
    const smoothing = resolved.label_smoothing;
    if (!lossNames(resolved.loss_type).includes('robust') || typeof smoothing !== 'number' || (smoothing >= 0 && smoothing < 0.5)) return null;
    return {
      message: `The robust loss reads label_smoothing as the probability that a label is flipped, which must be at least 0 and below 0.5 (got ${smoothing}); DPOTrainer warns, and the loss is meaningless outside that range.`,
      messageKo: `${code('robust')} 손실은 ${code('label_smoothing')}을 레이블이 뒤집힐 확률로 읽으므로 0 이상 0.5 미만이어야 합니다(입력값 ${smoothing}). 범위 밖이면 DPOTrainer가 경고하고 손실이 의미를 잃습니다.`,
      fix: { label: 'Set label_smoothing to 0.1', labelKo: 'label_smoothing을 0.1로 설정', patch: { label_smoothing: 0.1 } },
    };
  },
});
