import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** KTOTrainer estimates the KL term from mismatched neighbours, which random order breaks. */
export const ktoKlNeedsSequentialSampling = defineRule({
  id: 'kto-kl-needs-sequential-sampling',
  fields: ['train_sampling_strategy', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['kto-kl-needs-sequential-sampling', 'kto-kl-needs-sequential-sampling.fix'],
  description: 'KTO losses with a KL term need train_sampling_strategy "sequential".',
  check: ({ resolved }) =>
    resolved.loss_type !== 'apo_zero_unpaired' && resolved.train_sampling_strategy !== 'sequential'
      ? {
          text: message('kto-kl-needs-sequential-sampling', { loss_type: resolved.loss_type }),
          fix: { text: message('kto-kl-needs-sequential-sampling.fix', {}), patch: { train_sampling_strategy: 'sequential' } },
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'kto-kl-needs-sequential-sampling': { readonly loss_type: PyValue | undefined };
    'kto-kl-needs-sequential-sampling.fix': NoParams;
  }
}
