import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { optimArgsIgnored } from './optim-args-ignored';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(optimArgsIgnored.id, () => {
  it('warns that AdamW ignores optim_args and offers to remove them', () => {
    expect(checked(optimArgsIgnored, context({ optim: 'adamw_torch', optim_args: 'momentum=0.9' }))).toMatchObject({
      message: expect.stringContaining('momentum has no effect'),
      fix: { label: 'Remove optim_args', patch: { optim_args: undefined } },
    });
  });
  it('names items a reading optimizer skips', () => {
    expect(checked(optimArgsIgnored, context({ optim: 'galore_adamw', optim_args: 'rank=64,foo=1' }))).toMatchObject({
      message: expect.stringContaining('foo is ignored'),
    });
  });
  it('warns that kahan_sum=False switches Kahan summation on', () => {
    expect(checked(optimArgsIgnored, context({ optim: 'stable_adamw', optim_args: 'kahan_sum=False' }))).toMatchObject({
      message: expect.stringContaining('turns kahan_sum ON'),
    });
  });
  it('stays quiet when every item is read', () => {
    expect(checked(optimArgsIgnored, context({ optim: 'apollo_adamw', optim_args: 'proj=random,scale_type=channel' }))).toBeNull();
    expect(checked(optimArgsIgnored, context({ optim: 'rmsprop_bnb', optim_args: 'alpha=0.9' }))).toBeNull();
  });
  it('stays quiet without optim_args', () => {
    expect(checked(optimArgsIgnored, context({ optim: 'adamw_torch' }))).toBeNull();
  });
});
