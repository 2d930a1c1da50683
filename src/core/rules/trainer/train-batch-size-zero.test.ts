import { describe, expect, it } from 'vitest';
import { findingsOf, checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { trainBatchSizeZero } from './train-batch-size-zero';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(trainBatchSizeZero.id, () => {
  it('fails a zero training batch size', () => {
    expect(checked(trainBatchSizeZero, context({ per_device_train_batch_size: 0 }))).toMatchObject({ message: expect.stringContaining('batch_size=0') });
  });
  it('accepts a positive batch size', () => {
    expect(checked(trainBatchSizeZero, context({ per_device_train_batch_size: 1 }))).toBeNull();
  });
});

describe(`${trainBatchSizeZero.id} for transformers 4.56`, () => {
  it('reads the per_gpu size in place of the per_device one when it is set', () => {
    expect(findingsOf(trainBatchSizeZero, { per_device_train_batch_size: 0, per_gpu_train_batch_size: 4 }, { target: '4.56' })).toEqual([]);
    expect(findingsOf(trainBatchSizeZero, { per_device_train_batch_size: 0, per_gpu_train_batch_size: 0 }, { target: '4.56' })).toHaveLength(1);
  });
});
