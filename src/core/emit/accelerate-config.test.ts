import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kwargs, type PyDict } from '../py/py-value';
import { emitAccelerateConfig } from './accelerate-config';
import type { ConfigFileOptions } from './config-file';
import { EN_MESSAGES } from '../i18n/messages/en';
import { renderMessage } from '../i18n/messages/message';
import type { EmitNote } from './emit-notes';

const english = (note: EmitNote | undefined): string => (note === undefined ? '' : renderMessage(EN_MESSAGES, note));

function yamlOf(values: PyDict, options: ConfigFileOptions = {}): PyDict {
  return parse(emitAccelerateConfig(kwargs(values), options).text) as PyDict;
}

describe('emitAccelerateConfig', () => {
  it('writes the run context, precision and FSDP2 defaults of 5.15+', () => {
    const config = yamlOf({ fsdp: true, bf16: true }, { devicesPerNode: 4, nodes: 2 });
    expect(config).toMatchObject({
      distributed_type: 'FSDP',
      mixed_precision: 'bf16',
      num_machines: 2,
      num_processes: 8,
      machine_rank: 0,
      main_process_port: 29500,
    });
    expect(config.fsdp_config).toEqual({
      fsdp_version: 2,
      fsdp_offload_params: false,
      fsdp_auto_wrap_policy: 'TRANSFORMER_BASED_WRAP',
      fsdp_cpu_ram_efficient_loading: false,
      fsdp_state_dict_type: 'FULL_STATE_DICT',
      fsdp_reshard_after_forward: true,
    });
  });

  it('translates the legacy fsdp string as 5.15 does and joins the layer classes', () => {
    const config = yamlOf({ fsdp: 'shard_grad_op offload auto_wrap', fsdp_config: { fsdp_transformer_layer_cls_to_wrap: ['LlamaDecoderLayer', 'Embedding'] } });
    expect(config.fsdp_config).toMatchObject({
      fsdp_reshard_after_forward: false,
      fsdp_offload_params: true,
      fsdp_transformer_layer_cls_to_wrap: 'LlamaDecoderLayer,Embedding',
    });
  });

  it('writes FSDP1 with its prefetch and sync settings when version 1 is asked for', () => {
    const config = yamlOf({ fsdp: 'full_shard', fsdp_config: { version: 1, backward_prefetch: 'backward_pre' } });
    expect(config.fsdp_config).toMatchObject({
      fsdp_version: 1,
      fsdp_reshard_after_forward: 'FULL_SHARD',
      fsdp_backward_prefetch: 'BACKWARD_PRE',
      fsdp_use_orig_params: true,
      fsdp_sync_module_states: true,
    });
  });

  it('uses the FSDP1 sharding strategy of the older bands', () => {
    const config = yamlOf({ fsdp: 'hybrid_shard auto_wrap', fsdp_config: { min_num_params: 1000000 }, fp16: true }, { target: '4.57' });
    expect(config.mixed_precision).toBe('fp16');
    expect(config.fsdp_config).toMatchObject({
      fsdp_sharding_strategy: 'HYBRID_SHARD',
      fsdp_auto_wrap_policy: 'SIZE_BASED_WRAP',
      fsdp_min_num_params: 1000000,
    });
    expect(config.fsdp_config).not.toHaveProperty('fsdp_version');
  });

  it('leaves out an "auto" the library rejects and says so', () => {
    const out = emitAccelerateConfig(kwargs({ fsdp: true, fsdp_config: { reshard_after_forward: 'auto' } }));
    expect((parse(out.text) as PyDict).fsdp_config).not.toHaveProperty('fsdp_reshard_after_forward');
    expect(out.notes.some((n) => english(n).startsWith("fsdp_config.reshard_after_forward='auto' is left out"))).toBe(true);
    expect(out.text).toContain("# fsdp_config.reshard_after_forward='auto' is left out");
  });

  it('keeps "no" a string for PyYAML and takes SFTConfig’s bf16 default', () => {
    expect(emitAccelerateConfig(kwargs({ fsdp: true })).text).toContain('mixed_precision: "no"');
    expect(yamlOf({ fsdp: true }, { configClass: 'SFTConfig' }).mixed_precision).toBe(yamlOf({ fsdp: true, bf16: true }).mixed_precision);
  });

  it('tells the user FSDP is off when fsdp is not set', () => {
    expect(english(emitAccelerateConfig(kwargs({})).notes[0])).toMatch(/fsdp is not set/);
  });
});
