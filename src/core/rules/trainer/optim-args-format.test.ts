import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { optimArgsFormat } from './optim-args-format';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(optimArgsFormat.id, () => {
  it('fails an item without "="', () => {
    expect(checked(optimArgsFormat, context({ optim_args: 'rank=64,verbose' }))).toMatchObject({
      message: expect.stringContaining('not enough values to unpack'),
    });
  });
  it('fails an item with two "="', () => {
    expect(checked(optimArgsFormat, context({ optim_args: 'a=b=c' }))).toMatchObject({ message: expect.stringContaining('too many values') });
  });
  it('offers to drop a trailing comma, the only mechanical case', () => {
    expect(checked(optimArgsFormat, context({ optim_args: 'rank=64, update_proj_gap=200,' }))).toMatchObject({
      fix: { patch: { optim_args: 'rank=64,update_proj_gap=200' } },
    });
    expect(checked(optimArgsFormat, context({ optim_args: 'rank' }))).not.toHaveProperty('fix');
  });
  it('accepts well-formed pairs, spaces and an empty string', () => {
    expect(checked(optimArgsFormat, context({ optim_args: 'rank=64, scale=0.25' }))).toBeNull();
    expect(checked(optimArgsFormat, context({ optim_args: '' }))).toBeNull();
    expect(checked(optimArgsFormat, context({ optim_args: null }))).toBeNull();
  });
});
