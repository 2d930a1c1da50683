import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../../py/py-value';
import { defaultValues } from '../../registry/registry';
import type { RuleContext } from '../define-rule';
import { fsdpActivationCkptAndGradCkpt } from './fsdp-activation-ckpt-and-grad-ckpt';

function context(overrides: Record<string, PyValue>): RuleContext {
  return { input: kwargs(overrides), resolved: { ...defaultValues(), ...overrides }, hardware: 'cuda-ampere', target: '5.2-5.5' };
}

const FSDP_CONFIG = { activation_checkpointing: true, min_num_params: 0, xla: false, xla_fsdp_v2: false, xla_fsdp_grad_ckpt: false };

describe(fsdpActivationCkptAndGradCkpt.id, () => {
  it('fails both checkpointing switches under FSDP and offers to turn gradient_checkpointing off', () => {
    expect(fsdpActivationCkptAndGradCkpt.check(context({ fsdp: ['hybrid_shard'], fsdp_config: FSDP_CONFIG, gradient_checkpointing: true }))).toMatchObject({
      fix: { patch: { gradient_checkpointing: false } },
    });
  });
  it('accepts either switch alone', () => {
    expect(fsdpActivationCkptAndGradCkpt.check(context({ fsdp: ['full_shard'], fsdp_config: FSDP_CONFIG, gradient_checkpointing: false }))).toBeNull();
    expect(
      fsdpActivationCkptAndGradCkpt.check(
        context({ fsdp: ['full_shard'], fsdp_config: { ...FSDP_CONFIG, activation_checkpointing: false }, gradient_checkpointing: true }),
      ),
    ).toBeNull();
  });
  it('stays quiet when FSDP is off, where the config is never used', () => {
    expect(fsdpActivationCkptAndGradCkpt.check(context({ fsdp: [], fsdp_config: FSDP_CONFIG, gradient_checkpointing: true }))).toBeNull();
  });
});
