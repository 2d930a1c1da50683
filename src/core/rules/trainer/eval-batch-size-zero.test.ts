import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { evalBatchSizeZero } from './eval-batch-size-zero';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(evalBatchSizeZero.id, () => {
  it('fails a zero evaluation batch size when evaluations run', () => {
    expect(evalBatchSizeZero.check(context({ per_device_eval_batch_size: 0, eval_strategy: 'epoch' }))).not.toBeNull();
  });
  it('stays quiet when no evaluation is scheduled or the size is positive', () => {
    expect(evalBatchSizeZero.check(context({ per_device_eval_batch_size: 0, eval_strategy: 'no' }))).toBeNull();
    expect(evalBatchSizeZero.check(context({ per_device_eval_batch_size: 4, eval_strategy: 'steps' }))).toBeNull();
  });
});
