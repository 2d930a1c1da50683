import { message, type NoParams } from '../../i18n/messages/message';
import { batchSizeOf } from '../batch-size-of';
import { defineRule } from '../define-rule';

/** The library never checks batch sizes; torch's DataLoader rejects 0 when the Trainer builds the training loader. */
export const trainBatchSizeZero = defineRule({
  id: 'train-batch-size-zero',
  fields: ['per_device_train_batch_size', 'per_gpu_train_batch_size'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['train-batch-size-zero'],
  description: 'per_device_train_batch_size (in 4.x, a set per_gpu_train_batch_size in its place) must be at least 1.',
  // 4.x: a zero per_gpu_train_batch_size is falsy, so per_device_train_batch_size is the one used then.
  check: ({ resolved, target }) =>
    batchSizeOf(resolved, 'train', target).value === 0
      ? {
          fields: ['per_device_train_batch_size'],
          text: message('train-batch-size-zero', {}),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'train-batch-size-zero': NoParams;
  }
}
