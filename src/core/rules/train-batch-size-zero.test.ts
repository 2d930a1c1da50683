import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../py/py-value';
import { defaultValues } from '../registry/registry';
import type { RuleContext } from './define-rule';
import { trainBatchSizeZero } from './train-batch-size-zero';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere' };
}

describe(trainBatchSizeZero.id, () => {
  it('fails a zero training batch size', () => {
    expect(trainBatchSizeZero.check(context({ per_device_train_batch_size: 0 }))).toMatchObject({ message: expect.stringContaining('batch_size=0') });
  });
  it('accepts a positive batch size', () => {
    expect(trainBatchSizeZero.check(context({ per_device_train_batch_size: 1 }))).toBeNull();
  });
});
