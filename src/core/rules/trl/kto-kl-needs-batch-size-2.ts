import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { defineRule } from '../define-rule';

/** KTOTrainer pairs each example with another one of the same batch to estimate the KL term. */
export const ktoKlNeedsBatchSize2 = defineRule({
  id: 'kto-kl-needs-batch-size-2',
  fields: ['per_device_train_batch_size', 'loss_type'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['kto-kl-needs-batch-size-2', 'kto-kl-needs-batch-size-2.fix'],
  description: 'KTO losses with a KL term need per_device_train_batch_size of 2 or more.',
  check: ({ resolved }) => {
    const batch = resolved.per_device_train_batch_size;
    if (resolved.loss_type === 'apo_zero_unpaired' || typeof batch !== 'number' || batch > 1) return null;
    return {
      text: message('kto-kl-needs-batch-size-2', { loss_type: resolved.loss_type, batch }),
      fix: { text: message('kto-kl-needs-batch-size-2.fix', {}), patch: { per_device_train_batch_size: 2 } },
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'kto-kl-needs-batch-size-2': { readonly loss_type: PyValue | undefined; readonly batch: number };
    'kto-kl-needs-batch-size-2.fix': NoParams;
  }
}
