import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from './resolve-config';
import { mergeLegacyFsdpArgs, normalizeFsdpV456, normalizeReportToV4 } from './v4-post-init';

const resolve = (values: Record<string, PyValue>) => resolveConfig(kwargs(values), { target: '4.56' });

describe('resolveConfig for transformers 4.56', () => {
  it('resolves the 131 fields of 4.56 with its defaults and its single-process facts', () => {
    const { values, provenance } = resolve({});
    expect(Object.keys(values)).toHaveLength(131);
    expect(values).toMatchObject({ report_to: [], lr_scheduler_kwargs: {}, warmup_ratio: 0, warmup_steps: 0, fsdp: [], include_num_input_tokens_seen: false });
    expect(values).toMatchObject({ average_tokens_across_devices: false, local_rank: 0, run_name: null });
    // The clock-dependent default log folder is not guessed.
    expect(values.logging_dir).toBeNull();
    expect(provenance.logging_dir).toBe('default');
    expect(values.train_sampling_strategy).toBeUndefined();
  });

  it('keeps warmup_steps and warmup_ratio apart and include_num_input_tokens_seen a bool', () => {
    expect(resolve({ warmup_ratio: 0.1, warmup_steps: 100, include_num_input_tokens_seen: true }).values).toMatchObject({
      warmup_ratio: 0.1,
      warmup_steps: 100,
      include_num_input_tokens_seen: true,
    });
  });

  it('applies the deprecated aliases', () => {
    expect(resolve({ no_cuda: true }).values).toMatchObject({ use_cpu: true, dataloader_pin_memory: false });
    expect(resolve({ fp16_backend: 'cpu_amp' }).values.half_precision_backend).toBe('cpu_amp');
    expect(resolve({ adafactor: true, optim: 'sgd' }).values.optim).toBe('adafactor');
    expect(resolve({ torchdynamo: 'eager' }).values).toMatchObject({ torch_compile_backend: 'eager', torch_compile: true });
    expect(resolve({ push_to_hub_token: 'hf_x' }).values.hub_token).toBe('hf_x');
    expect(resolve({ push_to_hub_organization: 'org', output_dir: 'runs/exp1/' }).values.hub_model_id).toBe('org/exp1');
    expect(resolve({ push_to_hub_organization: 'org', push_to_hub_model_id: 'bert' }).values.hub_model_id).toBe('org/bert');
    expect(resolve({ include_inputs_for_metrics: true, include_for_metrics: ['loss'] }).values.include_for_metrics).toEqual(['loss', 'inputs']);
    expect(resolve({ tpu_metrics_debug: true, debug: 'underflow_overflow' }).values).toMatchObject({
      debug: ['underflow_overflow', 'tpu_metrics_debug'],
      tpu_metrics_debug: false,
    });
    expect(resolve({ fsdp_min_num_params: 1000, fsdp_transformer_layer_cls_to_wrap: 'X' }).values.fsdp_config).toMatchObject({
      min_num_params: 1000,
      transformer_layer_cls_to_wrap: ['X'],
    });
  });

  it('strips fsdp_ prefixes of a dict config too, as 4.56 does', () => {
    expect(resolve({ fsdp: true, fsdp_config: { fsdp_min_num_params: 2000 } }).values).toMatchObject({
      fsdp: ['full_shard'],
      fsdp_config: { min_num_params: 2000 },
    });
  });

  it('leaves 5.x resolution without the 4.x steps', () => {
    const v5 = resolveConfig(kwargs({ warmup_ratio: 0.1 }), { target: '5.2-5.5' }).values;
    expect(v5.warmup_steps).toBe(0.1);
    expect(v5.local_rank).toBe(-1);
  });

  it('never mutates its input', () => {
    const input = kwargs({ include_inputs_for_metrics: true, include_for_metrics: ['loss'], fsdp_config: { fsdp_version: 1 }, fsdp_min_num_params: 5 });
    const before = JSON.stringify(input.values);
    resolveConfig(input, { target: '4.56' });
    expect(JSON.stringify(input.values)).toBe(before);
  });
});

describe(normalizeReportToV4.name, () => {
  it('reads None and "all" as every installed integration (none on the reference machine)', () => {
    expect([null, 'all', ['all'], 'none', ['none']].map((v) => normalizeReportToV4(v))).toEqual([[], [], [], [], []]);
    expect(normalizeReportToV4('wandb')).toEqual(['wandb']);
  });
});

describe(normalizeFsdpV456.name, () => {
  it('maps bools and splits strings, leaving None for the rule that reports it', () => {
    expect([true, false, '', 'full_shard  offload'].map((v) => normalizeFsdpV456(v))).toEqual([['full_shard'], [], [], ['full_shard', 'offload']]);
    expect(normalizeFsdpV456(null)).toBeNull();
  });
});

describe(mergeLegacyFsdpArgs.name, () => {
  it('takes the larger min_num_params and appends the layer class', () => {
    expect(mergeLegacyFsdpArgs({ min_num_params: 10, transformer_layer_cls_to_wrap: 'A' }, 5, 'B')).toEqual({
      min_num_params: 10,
      transformer_layer_cls_to_wrap: ['A', 'B'],
    });
    expect(mergeLegacyFsdpArgs({}, 5, null)).toEqual({ min_num_params: 5 });
    expect(mergeLegacyFsdpArgs('fsdp.json', 5, 'B')).toBe('fsdp.json');
  });
});
