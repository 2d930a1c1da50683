import { describe, expect, it } from 'vitest';
import { checked } from '../test-context';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { layerwiseGradAccum } from './layerwise-grad-accum';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

describe(layerwiseGradAccum.id, () => {
  it('fails a layer-wise optimizer with accumulation and offers 1', () => {
    expect(
      checked(layerwiseGradAccum, context({ optim: 'apollo_adamw_layerwise', optim_target_modules: ['attn'], gradient_accumulation_steps: 8 })),
    ).toMatchObject({
      message: expect.stringContaining('does not support gradient accumulation'),
      fix: { label: 'Set gradient_accumulation_steps to 1', patch: { gradient_accumulation_steps: 1 } },
    });
  });
  it('accepts a layer-wise optimizer without accumulation', () => {
    expect(checked(layerwiseGradAccum, context({ optim: 'galore_adamw_8bit_layerwise', gradient_accumulation_steps: 1 }))).toBeNull();
  });
  it('accepts accumulation with the non-layer-wise variant', () => {
    expect(checked(layerwiseGradAccum, context({ optim: 'galore_adamw', gradient_accumulation_steps: 4 }))).toBeNull();
  });
});
