import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { lossNames } from './loss-names';

/** DPOTrainer: the EXO loss divides by the label-smoothing probability. */
export const dpoExoNeedsLabelSmoothing = defineRule({
  id: 'dpo-exo-needs-label-smoothing',
  fields: ['label_smoothing', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['dpo-exo-needs-label-smoothing', 'dpo-exo-needs-label-smoothing.fix'],
  description: 'DPO loss "exo_pair" needs label_smoothing above 0.',
  check: ({ resolved }) =>
    lossNames(resolved.loss_type).includes('exo_pair') && resolved.label_smoothing === 0
      ? {
          text: message('dpo-exo-needs-label-smoothing', {}),
          fix: { text: message('dpo-exo-needs-label-smoothing.fix', {}), patch: { label_smoothing: 0.001 } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'dpo-exo-needs-label-smoothing': NoParams;
    'dpo-exo-needs-label-smoothing.fix': NoParams;
  }
}
