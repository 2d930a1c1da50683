import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { minLrExactlyOne } from './min-lr-exactly-one';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(minLrExactlyOne.id, () => {
  it('fails when neither floor is given', () => {
    expect(checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine_with_min_lr', lr_scheduler_kwargs: {} }))).toMatchObject({
      message: expect.stringContaining('One of min_lr or min_lr_rate should be set'),
    });
  });
  it('fails when lr_scheduler_kwargs is None', () => {
    expect(checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine_warmup_with_min_lr', lr_scheduler_kwargs: null }))).not.toBeNull();
  });
  it('fails when both floors are given', () => {
    const finding = checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine_with_min_lr', lr_scheduler_kwargs: { min_lr: 1e-6, min_lr_rate: 0.1 } }));
    expect(finding).toMatchObject({ message: expect.stringContaining('Only one of min_lr or min_lr_rate') });
  });
  it('treats an explicit None as not given', () => {
    expect(checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine_with_min_lr', lr_scheduler_kwargs: { min_lr: null, min_lr_rate: 0.1 } }))).toBeNull();
  });
  it('accepts exactly one floor, even zero', () => {
    expect(checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine_with_min_lr', lr_scheduler_kwargs: { min_lr: 0 } }))).toBeNull();
  });
  it('ignores other schedules', () => {
    expect(checked(minLrExactlyOne, context({ lr_scheduler_type: 'cosine', lr_scheduler_kwargs: {} }))).toBeNull();
  });
});
