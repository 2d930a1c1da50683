import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { optimArgsValue } from './optim-args-value';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(optimArgsValue.id, () => {
  it('fails a GaLore rank that int() cannot read', () => {
    expect(checked(optimArgsValue, context({ optim: 'galore_adamw', optim_target_modules: ['attn'], optim_args: 'rank=64.0,scale=0.25' }))).toMatchObject([
      { message: expect.stringContaining("invalid literal for int() with base 10: '64.0'") },
    ]);
  });
  it('fails a float item that float() cannot read', () => {
    expect(checked(optimArgsValue, context({ optim: 'grokadamw', optim_args: 'lamb=two' }))).toHaveLength(1);
  });
  it('fails a strtobool item outside the truth words', () => {
    expect(checked(optimArgsValue, context({ optim: 'adamw_torch_8bit', optim_args: 'bf16_stochastic_round=maybe' }))).toHaveLength(1);
    expect(checked(optimArgsValue, context({ optim: 'adamw_torch_8bit', optim_args: 'bf16_stochastic_round=True' }))).toEqual([]);
  });
  it('accepts what Python converts, including exponents and underscores', () => {
    expect(checked(optimArgsValue, context({ optim: 'apollo_adamw', optim_args: 'rank=1_024,scale=1e-1,proj=random' }))).toEqual([]);
  });
  it('ignores optimizers that do not convert optim_args', () => {
    expect(checked(optimArgsValue, context({ optim: 'adamw_torch', optim_args: 'rank=x' }))).toBeNull();
  });
});
