import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { warmupIgnoredByPlateau } from './warmup-ignored-by-plateau';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(warmupIgnoredByPlateau.id, () => {
  it('warns about a warmup with reduce_lr_on_plateau', () => {
    expect(checked(warmupIgnoredByPlateau, context({ lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch', warmup_steps: 0.1 }))).toMatchObject({
      message: expect.stringContaining('no warmup phase'),
    });
  });
  it('stays quiet without warmup or with a step-based schedule', () => {
    expect(checked(warmupIgnoredByPlateau, context({ lr_scheduler_type: 'reduce_lr_on_plateau', eval_strategy: 'epoch' }))).toBeNull();
    expect(checked(warmupIgnoredByPlateau, context({ lr_scheduler_type: 'linear', warmup_steps: 10 }))).toBeNull();
  });
});
