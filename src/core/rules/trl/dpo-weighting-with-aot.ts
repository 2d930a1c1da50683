import { message, type NoParams } from '../../i18n/messages/message';
import { isTruthy } from '../../py/py-value';
import { defineRule } from '../define-rule';
import { lossNames } from './loss-names';

/** DPOTrainer has no WPO weighting for the AOT losses. */
export const dpoWeightingWithAot = defineRule({
  id: 'dpo-weighting-with-aot',
  fields: ['use_weighting', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['dpo-weighting-with-aot', 'dpo-weighting-with-aot.fix'],
  description: 'DPO use_weighting is not implemented for the aot and aot_unpaired losses.',
  check: ({ resolved }) => {
    const aot = lossNames(resolved.loss_type).find((name) => name === 'aot' || name === 'aot_unpaired');
    if (aot === undefined || !isTruthy(resolved.use_weighting)) return null;
    return {
      text: message('dpo-weighting-with-aot', { aot }),
      fix: { text: message('dpo-weighting-with-aot.fix', {}), patch: { use_weighting: undefined } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'dpo-weighting-with-aot': { readonly aot: 'aot' | 'aot_unpaired' };
    'dpo-weighting-with-aot.fix': NoParams;
  }
}
