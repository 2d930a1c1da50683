import { batchSizeOf } from '../batch-size-of';
import { defineRule } from '../define-rule';

/** The library never checks batch sizes; torch's DataLoader rejects 0 when the Trainer builds the training loader. */
export const trainBatchSizeZero = defineRule({
  id: 'train-batch-size-zero',
  fields: ['per_device_train_batch_size', 'per_gpu_train_batch_size'],
  severity: 'error',
  source: 'trainer',
  stage: 'config',
  description: 'per_device_train_batch_size (in 4.x, a set per_gpu_train_batch_size in its place) must be at least 1.',
  // 4.x: a zero per_gpu_train_batch_size is falsy, so per_device_train_batch_size is the one used then.
  check: ({ resolved, target }) =>
    batchSizeOf(resolved, 'train', target).value === 0
      ? {
          fields: ['per_device_train_batch_size'],
          message:
            'per_device_train_batch_size 0 puts no examples in a batch. When training starts, torch refuses to build the DataLoader: "batch_size should be a positive integer value, but got batch_size=0". Use 1 or more (auto_find_batch_size also starts from this value).',
          messageKo:
            '`per_device_train_batch_size`가 0이면 배치에 샘플이 하나도 들어가지 않습니다. 학습이 시작될 때 torch가 DataLoader 생성을 거부합니다: "batch_size should be a positive integer value, but got batch_size=0". 1 이상을 쓰세요(`auto_find_batch_size`도 이 값에서 시작합니다).',
        }
      : null,
});
