import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { fsdpVersionOf, translateLegacyFsdp } from './fsdp-v5-15';
import { resolveConfig, resolveStepsFor } from './resolve-config';

const resolve515 = (values: Parameters<typeof kwargs>[0]) => resolveConfig(kwargs(values), { target: '5.15-5.18' }).values;

describe('FSDP resolution from 5.15', () => {
  it('leaves a falsy fsdp and its config exactly as given', () => {
    for (const fsdp of [null, '', false, []]) {
      const v = resolve515({ fsdp, fsdp_config: { fsdp_version: 1 } });
      expect(v.fsdp).toEqual(fsdp);
      expect(v.fsdp_config).toEqual({ fsdp_version: 1 });
    }
    expect(resolve515({}).fsdp_config).toBeNull();
  });

  it('turns a truthy fsdp into True and moves the legacy items into the config', () => {
    const v = resolve515({ fsdp: 'shard_grad_op offload', fsdp_config: { fsdp_transformer_layer_cls_to_wrap: 'Block' } });
    expect(v.fsdp).toBe(true);
    expect(v.fsdp_config).toEqual({
      transformer_layer_cls_to_wrap: ['Block'],
      reshard_after_forward: false,
      cpu_offload: true,
      min_num_params: 0,
      xla: false,
      xla_fsdp_v2: false,
      xla_fsdp_grad_ckpt: false,
    });
  });

  it('keeps the strategy name for FSDP1, and a key already set wins', () => {
    expect(translateLegacyFsdp(['hybrid_shard'], { version: 1 }).config.reshard_after_forward).toBe('hybrid_shard');
    expect(translateLegacyFsdp(['full_shard'], { reshard_after_forward: false }).config.reshard_after_forward).toBe(false);
    expect(translateLegacyFsdp(['no_shard'], {}).problem).toEqual({ kind: 'fsdp1-only', item: 'no_shard' });
  });

  it('reads the version as int() does', () => {
    expect(fsdpVersionOf({})).toBe(2);
    expect(fsdpVersionOf({ version: '1' })).toBe(1);
    expect(fsdpVersionOf({ version: 'two' })).toBeUndefined();
    expect(fsdpVersionOf({ version: null })).toBeUndefined();
  });
});

describe(resolveStepsFor.name, () => {
  it('runs each band’s own __post_init__ steps', () => {
    expect(resolveStepsFor('5.15-5.18')).toContain('fsdp-rewrite');
    expect(resolveStepsFor('5.15-5.18')).not.toContain('warmup-ratio-overrides-steps');
    expect(resolveStepsFor('5.10')).toContain('warmup-ratio-overrides-steps');
    expect(resolveStepsFor('4.57')).not.toContain('single-process-averaging');
    expect(resolveStepsFor('4.56')).toContain('single-process-averaging');
  });

  it('fills in metric_for_best_model for greedy, as for plateau', () => {
    expect(resolve515({ lr_scheduler_type: 'greedy', eval_strategy: 'epoch' }).metric_for_best_model).toBe('loss');
  });
});
