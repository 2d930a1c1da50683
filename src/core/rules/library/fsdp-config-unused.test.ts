import { describe, expect, it } from 'vitest';
import { fsdpConfigUnused } from './fsdp-config-unused';
import { findingsOf } from '../test-context';

describe(fsdpConfigUnused.id, () => {
  it('warns about wrapping options without fsdp', () => {
    expect(findingsOf(fsdpConfigUnused, { fsdp_config: '{"fsdp_min_num_params": 2000}' })).toHaveLength(1);
    expect(findingsOf(fsdpConfigUnused, { fsdp_config: { transformer_layer_cls_to_wrap: 'T5Block' } })).toHaveLength(1);
  });
  it('warns about xla_fsdp_grad_ckpt without xla', () => {
    expect(findingsOf(fsdpConfigUnused, { fsdp: 'full_shard', fsdp_config: { xla_fsdp_grad_ckpt: true } })).toHaveLength(1);
  });
  it('warns about a config file that fsdp does not use', () => {
    expect(findingsOf(fsdpConfigUnused, { fsdp_config: 'fsdp.json' })).toHaveLength(1);
  });
  it('is silent when FSDP uses the settings', () => {
    expect(findingsOf(fsdpConfigUnused, { fsdp: 'full_shard auto_wrap', fsdp_config: { transformer_layer_cls_to_wrap: ['T5Block'] } })).toEqual([]);
  });
});
