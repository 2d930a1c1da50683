import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { lowRankOptimTargetModules } from './low-rank-optim-target-modules';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(lowRankOptimTargetModules.id, () => {
  it('fails GaLore and APOLLO without target modules', () => {
    for (const optim of ['galore_adamw', 'galore_adafactor_layerwise', 'apollo_adamw']) {
      expect(checked(lowRankOptimTargetModules, context({ optim }))).toMatchObject({
        message: expect.stringContaining(`You need to define \`optim_target_modules\` to use ${optim} optimizers`),
      });
    }
  });
  it('fails an empty target list, which matches nothing', () => {
    expect(checked(lowRankOptimTargetModules, context({ optim: 'galore_adamw', optim_target_modules: [] }))).toMatchObject({
      message: expect.stringContaining('No target modules found'),
    });
  });
  it('accepts a list, a regex or all-linear', () => {
    for (const targets of [['q_proj', 'v_proj'], '.*attn.*', 'all-linear']) {
      expect(checked(lowRankOptimTargetModules, context({ optim: 'apollo_adamw_layerwise', optim_target_modules: targets }))).toBeNull();
    }
  });
  it('ignores other optimizers', () => {
    expect(checked(lowRankOptimTargetModules, context({ optim: 'adamw_torch' }))).toBeNull();
  });
});
