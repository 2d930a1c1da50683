import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';
import { lossNames } from './loss-names';

/** DPOTrainer warns when the robust loss gets a flip probability it cannot use. */
export const dpoRobustLabelSmoothing = defineRule({
  id: 'dpo-robust-label-smoothing',
  fields: ['label_smoothing', 'loss_type'],
  severity: 'warning',
  source: 'trainer',
  stage: 'config',
  messages: ['dpo-robust-label-smoothing', 'dpo-robust-label-smoothing.fix'],
  description: 'DPO loss "robust" expects label_smoothing from 0 up to (not including) 0.5.',
  check: ({ resolved }) => {
    const smoothing = resolved.label_smoothing;
    if (!lossNames(resolved.loss_type).includes('robust') || typeof smoothing !== 'number' || (smoothing >= 0 && smoothing < 0.5)) return null;
    return {
      text: message('dpo-robust-label-smoothing', { smoothing }),
      fix: { text: message('dpo-robust-label-smoothing.fix', {}), patch: { label_smoothing: 0.1 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'dpo-robust-label-smoothing': { readonly smoothing: number };
    'dpo-robust-label-smoothing.fix': NoParams;
  }
}
