import { describe, expect, it } from 'vitest';
import { bestModelStrategiesMatch } from './best-model-strategies-match';
import { checkConfig } from '../../check/check-config';
import { kwargs } from '../../py/py-value';
import { findingsOf } from '../test-context';

describe(bestModelStrategiesMatch.id, () => {
  it('names both strategies when they differ and offers to align save_strategy', () => {
    const [finding] = findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'steps' });
    expect(finding?.message).toMatch(/eval_strategy is "epoch" and save_strategy is "steps"/);
    expect(finding?.fix?.patch).toEqual({ save_strategy: 'epoch' });
  });
  it('turns evaluation on rather than saving off when eval_strategy is "no"', () => {
    expect(findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, save_strategy: 'epoch' })[0]?.fix?.patch).toEqual({ eval_strategy: 'epoch' });
  });
  it('stays silent while a strategy is not a valid value (that has its own message)', () => {
    const issues = checkConfig(kwargs({ load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'epochs' })).issues;
    expect(issues.map((i) => i.rule)).toContain('schema-enum');
    expect(issues.map((i) => i.rule)).not.toContain(bestModelStrategiesMatch.id);
  });
  it('accepts save_strategy "best", matching strategies, and no/no', () => {
    expect(findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, eval_strategy: 'epoch', save_strategy: 'best' })).toEqual([]);
    expect(findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, eval_strategy: 'steps' })).toEqual([]);
    expect(findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, save_strategy: 'no' })).toEqual([]);
  });
});

describe(`${bestModelStrategiesMatch.id} for transformers 4.56`, () => {
  it('quotes 4.56’s wording, which names the enum members', () => {
    const [finding] = findingsOf(bestModelStrategiesMatch, { load_best_model_at_end: true, eval_strategy: 'no', save_strategy: 'steps' }, { target: '4.56' });
    expect(finding?.message).toContain('strategy to match, but found - Evaluation strategy: IntervalStrategy.NO - Save strategy: SaveStrategy.STEPS');
  });
});
