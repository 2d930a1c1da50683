import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { plateauMode } from './plateau-mode';

function context(overrides: Record<string, PyValue>): RuleContext {
  const plateau = { lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch', ...overrides };
  return { input: kwargs(plateau), resolved: { ...defaultValues(), ...plateau }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(plateauMode.id, () => {
  it('warns when an accuracy-like metric meets the default min mode and offers mode "max"', () => {
    const finding = checked(plateauMode, context({ metric_for_best_model: 'accuracy', greater_is_better: true, lr_scheduler_kwargs: { patience: 2 } }));
    expect(finding).toMatchObject({
      message: expect.stringContaining('default mode "min"'),
      fix: { label: 'Set mode to "max"', patch: { lr_scheduler_kwargs: { patience: 2, mode: 'max' } } },
    });
  });
  it('warns when mode "max" is set for a loss', () => {
    expect(checked(plateauMode, context({ metric_for_best_model: 'loss', greater_is_better: false, lr_scheduler_kwargs: { mode: 'max' } }))).not.toBeNull();
  });
  it('stays quiet when mode matches greater_is_better', () => {
    expect(checked(plateauMode, context({ metric_for_best_model: 'loss', greater_is_better: false }))).toBeNull();
    expect(checked(plateauMode, context({ metric_for_best_model: 'f1', greater_is_better: true, lr_scheduler_kwargs: { mode: 'max' } }))).toBeNull();
  });
  it('stays quiet for other schedules', () => {
    const other = { ...defaultValues(), lr_scheduler_type: 'linear', greater_is_better: true };
    expect(checked(plateauMode, { input: kwargs({}), resolved: other, hardware: 'cuda-ampere', target: '5.2-5.5' })).toBeNull();
  });
});
