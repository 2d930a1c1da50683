import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { optimArgsFormat } from './optim-args-format';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(optimArgsFormat.id, () => {
  it('fails an item without "="', () => {
    expect(optimArgsFormat.check(context({ optim_args: 'rank=64,verbose' }))).toMatchObject({
      message: expect.stringContaining('not enough values to unpack'),
    });
  });
  it('fails an item with two "="', () => {
    expect(optimArgsFormat.check(context({ optim_args: 'a=b=c' }))).toMatchObject({ message: expect.stringContaining('too many values') });
  });
  it('offers to drop a trailing comma, the only mechanical case', () => {
    expect(optimArgsFormat.check(context({ optim_args: 'rank=64, update_proj_gap=200,' }))).toMatchObject({
      fix: { patch: { optim_args: 'rank=64,update_proj_gap=200' } },
    });
    expect(optimArgsFormat.check(context({ optim_args: 'rank' }))).not.toHaveProperty('fix');
  });
  it('accepts well-formed pairs, spaces and an empty string', () => {
    expect(optimArgsFormat.check(context({ optim_args: 'rank=64, scale=0.25' }))).toBeNull();
    expect(optimArgsFormat.check(context({ optim_args: '' }))).toBeNull();
    expect(optimArgsFormat.check(context({ optim_args: null }))).toBeNull();
  });
});
