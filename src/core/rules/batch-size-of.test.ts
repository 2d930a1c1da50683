import { describe, expect, it } from 'vitest';
import { batchSizeOf } from './batch-size-of';

describe(batchSizeOf.name, () => {
  it('lets a set per_gpu size replace the per_device one in 4.x only', () => {
    const resolved = { per_gpu_train_batch_size: 4, per_device_train_batch_size: 0 };
    expect(batchSizeOf(resolved, 'train', '4.56')).toEqual({ value: 4, field: 'per_gpu_train_batch_size' });
    expect(batchSizeOf(resolved, 'train', '5.2-5.5')).toEqual({ value: 0, field: 'per_device_train_batch_size' });
  });
  it('falls back to per_device when per_gpu is None or 0, as `or` does', () => {
    expect(batchSizeOf({ per_gpu_eval_batch_size: 0, per_device_eval_batch_size: 8 }, 'eval', '4.56').value).toBe(8);
    expect(batchSizeOf({ per_gpu_eval_batch_size: null, per_device_eval_batch_size: 8 }, 'eval', '4.56').value).toBe(8);
  });
});
