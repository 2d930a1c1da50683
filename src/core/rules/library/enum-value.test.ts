import { describe, expect, it } from 'vitest';
import { enumValue } from './enum-value';
import { findingsOf } from '../test-context';

describe(enumValue.id, () => {
  it('quotes the library error and suggests the closest value', () => {
    const [finding] = findingsOf(enumValue, { save_strategy: 'epochs' });
    expect(finding?.message).toContain("epochs is not a valid SaveStrategy, please select one of ['no', 'steps', 'epoch', 'best']");
    expect(finding?.fix?.patch).toEqual({ save_strategy: 'epoch' });
  });
  it('reports each wrong field once', () => {
    expect(findingsOf(enumValue, { eval_strategy: 'step', lr_scheduler_type: 'wsd', optim: 'adamw_hf' }).map((f) => f.fields)).toEqual([
      ['eval_strategy'],
      ['lr_scheduler_type'],
      ['optim'],
    ]);
  });
  it('is case sensitive like the library', () => {
    expect(findingsOf(enumValue, { lr_scheduler_type: 'Linear' })[0]?.fix?.patch).toEqual({ lr_scheduler_type: 'linear' });
  });
  it('accepts every valid value', () => {
    expect(
      findingsOf(enumValue, { eval_strategy: 'epoch', save_strategy: 'best', hub_strategy: 'end', optim: 'sgd', lr_scheduler_type: 'warmup_stable_decay' }),
    ).toEqual([]);
  });
});

describe(`${enumValue.id} for transformers 4.56`, () => {
  it('checks optim as given, before adafactor=True replaces it', () => {
    expect(findingsOf(enumValue, { optim: 'adamw_hf', adafactor: true }, { target: '4.56' })).toHaveLength(1);
  });
});
