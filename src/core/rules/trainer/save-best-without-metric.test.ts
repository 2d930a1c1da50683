import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { saveBestWithoutMetric } from './save-best-without-metric';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(saveBestWithoutMetric.id, () => {
  it('fails save_strategy "best" without a metric', () => {
    const finding = checked(saveBestWithoutMetric, context({ save_strategy: 'best', eval_strategy: 'steps' }));
    expect(finding).toMatchObject({ message: expect.stringContaining('metric_for_best_model') });
  });
  it('accepts save_strategy "best" with a metric', () => {
    expect(checked(saveBestWithoutMetric, context({ save_strategy: 'best', metric_for_best_model: 'accuracy' }))).toBeNull();
  });
  it('ignores other save strategies', () => {
    expect(checked(saveBestWithoutMetric, context({ save_strategy: 'steps' }))).toBeNull();
  });
});
