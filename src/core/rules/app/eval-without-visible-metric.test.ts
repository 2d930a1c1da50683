import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { evalWithoutVisibleMetric } from './eval-without-visible-metric';

function context(input: Record<string, PyValue>, derived: Record<string, PyValue> = {}): RuleContext {
  return { input: kwargs(input), resolved: { ...defaultValues(), ...input, ...derived }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

const LOSS = { metric_for_best_model: 'loss', greater_is_better: false };

describe(evalWithoutVisibleMetric.id, () => {
  it('explains the defaulted metric for load_best_model_at_end', () => {
    const finding = checked(evalWithoutVisibleMetric, context({ load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'epoch' }, LOSS));
    expect(finding).toMatchObject({ message: expect.stringContaining('lowest eval_loss') });
  });
  it('explains the defaulted metric for reduce_lr_on_plateau', () => {
    const finding = checked(evalWithoutVisibleMetric, context({ lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch' }, LOSS));
    expect(finding).toMatchObject({ message: expect.stringContaining('eval_loss stops falling') });
  });
  it('stays quiet when the user named the metric, even "loss"', () => {
    expect(
      checked(
        evalWithoutVisibleMetric,
        context({ load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'epoch', metric_for_best_model: 'loss' }),
      ),
    ).toBeNull();
  });
  it('stays quiet when nothing evaluates', () => {
    expect(checked(evalWithoutVisibleMetric, context({ load_best_model_at_end: true }, LOSS))).toBeNull();
  });
});
