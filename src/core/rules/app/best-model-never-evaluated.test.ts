import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { bestModelNeverEvaluated } from './best-model-never-evaluated';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(bestModelNeverEvaluated.id, () => {
  it('warns that save_strategy "best" without evaluation never saves', () => {
    expect(checked(bestModelNeverEvaluated, context({ save_strategy: 'best', metric_for_best_model: 'loss' }))).toMatchObject({
      message: expect.stringContaining('no checkpoint is written'),
    });
  });
  it('warns that load_best_model_at_end without evaluation loads nothing', () => {
    expect(checked(bestModelNeverEvaluated, context({ load_best_model_at_end: true, save_strategy: 'no' }))).toMatchObject({
      message: expect.stringContaining('nothing to choose from'),
    });
  });
  it('stays quiet when evaluations run', () => {
    expect(checked(bestModelNeverEvaluated, context({ save_strategy: 'best', eval_strategy: 'epoch' }))).toBeNull();
    expect(checked(bestModelNeverEvaluated, context({}))).toBeNull();
  });
});
