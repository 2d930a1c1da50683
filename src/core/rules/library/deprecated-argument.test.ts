import { describe, expect, it } from 'vitest';
import { deprecatedArgument } from './deprecated-argument';
import { findingsOf } from '../test-context';

const check = (values: Parameters<typeof findingsOf>[1], hardware: 'cuda-ampere' | 'mps' = 'cuda-ampere') =>
  findingsOf(deprecatedArgument, values, { target: '4.56', hardware });

describe(deprecatedArgument.id, () => {
  it('warns for each deprecated alias the way 4.56 does, with the replacement as the fix', () => {
    expect(check({ no_cuda: true })[0]?.fix?.patch).toEqual({ no_cuda: undefined, use_cpu: true });
    expect(check({ fp16_backend: 'cpu_amp' })[0]?.fix?.patch).toEqual({ fp16_backend: undefined, half_precision_backend: 'cpu_amp' });
    expect(check({ adafactor: true })[0]?.fix?.patch).toEqual({ adafactor: undefined, optim: 'adafactor' });
    expect(check({ push_to_hub_organization: 'org' })[0]?.message).toContain('hub_model_id');
    expect(check({ fsdp_min_num_params: 100 })[0]?.fix?.patch).toEqual({ fsdp_min_num_params: undefined, fsdp_config: { min_num_params: 100 } });
  });
  it('stays quiet where the library does: defaults, "auto", a zero threshold', () => {
    expect(check({ no_cuda: false, fp16_backend: 'auto', fsdp_min_num_params: 0, adafactor: false, torchdynamo: null })).toEqual([]);
  });
  it('leaves use_mps_device to its error rule except on Apple silicon', () => {
    expect(check({ use_mps_device: true })).toEqual([]);
    expect(check({ use_mps_device: true }, 'mps')).toHaveLength(1);
  });
  it('does not run for v5, where these names are unknown arguments', () => {
    expect(findingsOf(deprecatedArgument, { no_cuda: true })).toEqual([]);
  });
});
