import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { gradAccumZero } from './grad-accum-zero';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(gradAccumZero.id, () => {
  it('fails zero accumulation steps and offers 1', () => {
    expect(checked(gradAccumZero, context({ gradient_accumulation_steps: 0 }))).toMatchObject({
      message: expect.stringContaining('ZeroDivisionError'),
      fix: { patch: { gradient_accumulation_steps: 1 } },
    });
  });
  it('accepts one or more', () => {
    expect(checked(gradAccumZero, context({ gradient_accumulation_steps: 1 }))).toBeNull();
    expect(checked(gradAccumZero, context({ gradient_accumulation_steps: 16 }))).toBeNull();
  });
});
