import { describe, expect, it } from 'vitest';
import type { PyDict } from '../../py/py-value';
import { fsdpPluginValues } from './fsdp-plugin-values';
import { findingsOf } from '../test-context';

describe(fsdpPluginValues.id, () => {
  it('rejects bool-like options that are not true/false words', () => {
    expect(findingsOf(fsdpPluginValues, { fsdp: 'hybrid_shard', fsdp_config: '{"version": 1, "use_orig_params": "none"}' })[0]?.message).toContain(
      'invalid truth value none',
    );
    expect(findingsOf(fsdpPluginValues, { fsdp: 'full_shard', fsdp_config: '{"fsdp_version": 2, "reshard_after_forward": "perhaps"}' })).toHaveLength(1);
  });
  it('rejects cpu_ram_efficient_loading without sync_module_states', () => {
    expect(findingsOf(fsdpPluginValues, { fsdp: true, fsdp_config: { sync_module_states: 'false', cpu_ram_efficient_loading: 'true' } })).toHaveLength(1);
  });
  it('accepts valid options, and checks nothing while FSDP is off', () => {
    expect(
      findingsOf(fsdpPluginValues, { fsdp: 'full_shard', fsdp_config: { version: 1, backward_prefetch: 'backward_pre', forward_prefetch: 'true' } }),
    ).toEqual([]);
    expect(findingsOf(fsdpPluginValues, { fsdp_config: { forward_prefetch: 'maybe' } })).toEqual([]);
  });
});

describe(`${fsdpPluginValues.id} for transformers 4.56`, () => {
  const checkV4 = (fsdpConfig: PyDict) => findingsOf(fsdpPluginValues, { fsdp: 'full_shard', fsdp_config: fsdpConfig }, { target: '4.56' });

  it('does not check truth values or the version, which 4.x passes on as text', () => {
    expect(checkV4({ forward_prefetch: 'maybe', use_orig_params: 'none', version: 'two' })).toEqual([]);
  });

  it('still needs a text prefetch policy and sync_module_states with low-memory loading', () => {
    expect(checkV4({ backward_prefetch: 1 })).toHaveLength(1);
    expect(checkV4({ sync_module_states: false, cpu_ram_efficient_loading: true })).toHaveLength(1);
  });
});
