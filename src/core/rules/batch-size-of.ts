import { isTruthy, type PyValue } from '../py/py-value';
import type { ResolvedValues } from '../resolve/provenance';
import { isLine4x, type Target } from '../target/target';

/** The per-device batch size the Trainer uses for one split, and the field it comes from. */
export interface BatchSize {
  readonly value: PyValue | undefined;
  readonly field: string;
}

/**
 * The per-device batch size of the training or evaluation loader. 4.x reads `per_gpu_<split>_batch_size or
 * per_device_<split>_batch_size`, so a set (non-zero) per-GPU size takes the place of the per-device one.
 * @example batchSizeOf({ per_gpu_train_batch_size: 4, per_device_train_batch_size: 0 }, 'train', '4.56') // { value: 4, field: 'per_gpu_train_batch_size' }
 */
export function batchSizeOf(resolved: ResolvedValues, split: 'train' | 'eval', target: Target): BatchSize {
  const perGpu = `per_gpu_${split}_batch_size`;
  if (isLine4x(target) && isTruthy(resolved[perGpu])) return { value: resolved[perGpu], field: perGpu };
  const perDevice = `per_device_${split}_batch_size`;
  return { value: resolved[perDevice], field: perDevice };
}
