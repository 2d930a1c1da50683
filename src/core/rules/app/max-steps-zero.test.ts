import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { maxStepsZero } from './max-steps-zero';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(maxStepsZero.id, () => {
  it('warns about max_steps 0', () => {
    expect(checked(maxStepsZero, context({ max_steps: 0 }))).toMatchObject({ message: expect.stringContaining('-1') });
  });
  it('stays quiet for the default and positive limits', () => {
    expect(checked(maxStepsZero, context({}))).toBeNull();
    expect(checked(maxStepsZero, context({ max_steps: 1000 }))).toBeNull();
  });
});
