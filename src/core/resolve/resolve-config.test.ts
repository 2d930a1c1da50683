import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { resolveConfig } from './resolve-config';

// These cases describe the 5.2–5.5 band; fsdp-v5-15.test.ts and the vectors cover the others.
const resolve = (values: Parameters<typeof kwargs>[0]) => resolveConfig(kwargs(values), { target: '5.2-5.5' });

describe(resolveConfig.name, () => {
  it('resolves every field, defaults marked as such', () => {
    const { values, provenance } = resolve({});
    expect(Object.keys(values)).toHaveLength(109);
    expect(values.output_dir).toBe('trainer_output');
    expect(provenance.output_dir).toBe('derived');
    expect(provenance.learning_rate).toBe('default');
    expect(values.report_to).toEqual([]);
    expect(values.fsdp_config).toEqual({ min_num_params: 0, xla: false, xla_fsdp_v2: false, xla_fsdp_grad_ckpt: false });
  });

  it('lets warmup_ratio override warmup_steps, as v5 does', () => {
    const { values, provenance } = resolve({ warmup_ratio: 0.1, warmup_steps: 100 });
    expect(values.warmup_steps).toBe(0.1);
    expect(provenance.warmup_steps).toBe('derived');
  });

  it('falls back from eval_steps to logging_steps and turns do_eval on', () => {
    const { values, provenance } = resolve({ eval_strategy: 'steps', logging_steps: 50 });
    expect(values.eval_steps).toBe(50);
    expect(values.do_eval).toBe(true);
    expect(provenance.eval_steps).toBe('derived');
  });

  it('derives the best-model metric and its direction', () => {
    expect(resolve({ load_best_model_at_end: true }).values).toMatchObject({ metric_for_best_model: 'loss', greater_is_better: false });
    expect(resolve({ metric_for_best_model: 'accuracy' }).values.greater_is_better).toBe(true);
    expect(resolve({ metric_for_best_model: 'eval_loss', greater_is_better: true }).values.greater_is_better).toBe(true);
  });

  it('normalises the union fields into lists', () => {
    expect(resolve({ report_to: 'wandb', fsdp: true, debug: ' underflow_overflow ', include_num_input_tokens_seen: true }).values).toMatchObject({
      report_to: ['wandb'],
      fsdp: ['full_shard'],
      debug: ['underflow_overflow'],
      include_num_input_tokens_seen: 'all',
    });
    expect(resolve({ report_to: ['all'] }).values.report_to).toEqual([]);
    expect(resolve({ report_to: null }).values.report_to).toEqual([null]);
  });

  it('parses dict fields given as JSON text and coerces their string leaves', () => {
    expect(
      resolve({ lr_scheduler_kwargs: '{"num_cycles": "2", "flag": "TRUE", "rate": "0.5", "neg": "-1", "exp": "1e-7"}' }).values.lr_scheduler_kwargs,
    ).toEqual({
      num_cycles: 2,
      flag: true,
      rate: 0.5,
      neg: '-1',
      exp: '1e-7',
    });
    expect(resolve({ lr_scheduler_kwargs: { num_cycles: '2' } }).values.lr_scheduler_kwargs).toEqual({ num_cycles: '2' });
  });

  it('strips fsdp_ prefixes and wraps a single layer class', () => {
    expect(resolve({ fsdp_config: { fsdp_transformer_layer_cls_to_wrap: 'T5Block', fsdp_version: 2 } }).values.fsdp_config).toEqual({
      transformer_layer_cls_to_wrap: ['T5Block'],
      version: 2,
      min_num_params: 0,
      xla: false,
      xla_fsdp_v2: false,
      xla_fsdp_grad_ckpt: false,
    });
  });

  it('switches torch_compile on for any mode or backend, even an empty one, and defaults the backend', () => {
    expect(resolve({ torch_compile_mode: 'max-autotune' }).values).toMatchObject({ torch_compile: true, torch_compile_backend: 'inductor' });
    expect(resolve({ torch_compile_backend: '' }).values).toMatchObject({ torch_compile: true, torch_compile_backend: '' });
  });

  it('turns pinned memory off for use_cpu', () => {
    const { values, provenance } = resolve({ use_cpu: true });
    expect(values.dataloader_pin_memory).toBe(false);
    expect(provenance.dataloader_pin_memory).toBe('derived');
  });

  it('never mutates its input', () => {
    const input = kwargs({ fsdp_config: { fsdp_version: 1 }, debug: 'underflow_overflow' });
    const before = JSON.stringify(input.values);
    resolveConfig(input);
    expect(JSON.stringify(input.values)).toBe(before);
  });
});
