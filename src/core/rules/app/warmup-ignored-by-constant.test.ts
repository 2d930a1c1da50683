import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { warmupIgnoredByConstant } from './warmup-ignored-by-constant';

function context(input: Record<string, PyValue>, resolved: Record<string, PyValue> = input): RuleContext {
  return { input: kwargs(input), resolved: { ...defaultValues(), ...resolved }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(warmupIgnoredByConstant.id, () => {
  it('warns about warmup_steps with the constant schedule', () => {
    expect(checked(warmupIgnoredByConstant, context({ lr_scheduler_type: 'constant', warmup_steps: 100 }))).toMatchObject({
      fields: ['warmup_steps', 'lr_scheduler_type'],
      message: expect.stringContaining('constant_with_warmup'),
    });
  });
  it('points at warmup_ratio when the warmup came from it', () => {
    const finding = checked(
      warmupIgnoredByConstant,
      context({ lr_scheduler_type: 'constant', warmup_ratio: 0.1 }, { lr_scheduler_type: 'constant', warmup_ratio: 0.1, warmup_steps: 0.1 }),
    );
    expect(finding).toMatchObject({ fields: ['warmup_ratio', 'lr_scheduler_type'] });
  });
  it('stays quiet without warmup or with a warming schedule', () => {
    expect(checked(warmupIgnoredByConstant, context({ lr_scheduler_type: 'constant' }))).toBeNull();
    expect(checked(warmupIgnoredByConstant, context({ lr_scheduler_type: 'constant_with_warmup', warmup_steps: 100 }))).toBeNull();
  });
});
