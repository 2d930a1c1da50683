import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { saveStepsZeroNeverSaves } from './save-steps-zero-never-saves';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(saveStepsZeroNeverSaves.id, () => {
  it('warns about save_steps 0 with the steps strategy', () => {
    expect(saveStepsZeroNeverSaves.check(context({ save_strategy: 'steps', save_steps: 0 }))).not.toBeNull();
  });
  it('stays quiet for other strategies or a positive interval', () => {
    expect(saveStepsZeroNeverSaves.check(context({ save_strategy: 'epoch', save_steps: 0 }))).toBeNull();
    expect(saveStepsZeroNeverSaves.check(context({ save_strategy: 'steps', save_steps: 500 }))).toBeNull();
  });
});
