import { batchSizeOf } from '../batch-size-of';
import { defineRule } from '../define-rule';

/** Same DataLoader check as for training, hit at the first evaluation the strategy schedules. */
export const evalBatchSizeZero = defineRule({
  id: 'eval-batch-size-zero',
  fields: ['per_device_eval_batch_size', 'per_gpu_eval_batch_size', 'eval_strategy'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'per_device_eval_batch_size must be at least 1 when evaluations are scheduled.',
  check: ({ resolved, target }) =>
    batchSizeOf(resolved, 'eval', target).value === 0 && resolved.eval_strategy !== 'no'
      ? {
          fields: ['per_device_eval_batch_size', 'eval_strategy'],
          message:
            'per_device_eval_batch_size 0 puts no examples in an evaluation batch. At the first evaluation torch refuses to build the DataLoader: "batch_size should be a positive integer value, but got batch_size=0". Use 1 or more.',
          messageKo:
            '`per_device_eval_batch_size`가 0이면 평가 배치에 샘플이 하나도 들어가지 않습니다. 첫 평가 때 torch가 DataLoader 생성을 거부합니다: "batch_size should be a positive integer value, but got batch_size=0". 1 이상을 쓰세요.',
        }
      : null,
});
