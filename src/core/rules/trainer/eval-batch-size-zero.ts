import { message, type NoParams } from '../../i18n/messages/message';
import { batchSizeOf } from '../batch-size-of';
import { defineRule } from '../define-rule';

/** Same DataLoader check as for training, hit at the first evaluation the strategy schedules. */
export const evalBatchSizeZero = defineRule({
  id: 'eval-batch-size-zero',
  fields: ['per_device_eval_batch_size', 'per_gpu_eval_batch_size', 'eval_strategy'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  messages: ['eval-batch-size-zero'],
  description: 'per_device_eval_batch_size must be at least 1 when evaluations are scheduled.',
  check: ({ resolved, target }) =>
    batchSizeOf(resolved, 'eval', target).value === 0 && resolved.eval_strategy !== 'no'
      ? {
          fields: ['per_device_eval_batch_size', 'eval_strategy'],
          text: message('eval-batch-size-zero', {}),
        }
      : null,
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'eval-batch-size-zero': NoParams;
  }
}
