import { defineRule, type Finding } from './define-rule';
import { buildsFsdpPlugin, fsdpConfig, pythonStr, strToBool } from './fsdp-values';

/** Mirrors the FSDP plugin arguments built in `_process_fsdp_args`: bool-like options go through `str_to_bool`, the version through `int()`. */
export const fsdpPluginValues = defineRule({
  id: 'fsdp-plugin-values',
  fields: ['fsdp_config'],
  severity: 'error',
  source: 'library',
  description: 'fsdp_config options read as booleans must be true/false-like, version must be a whole number, and sync_module_states must stay on with cpu_ram_efficient_loading.',
  check: ({ resolved }) => {
    if (!buildsFsdpPlugin(resolved)) return [];
    const config = fsdpConfig(resolved);
    const findings: Finding[] = [];
    const rawVersion = config.version ?? 1;
    const version = typeof rawVersion === 'number' ? Math.trunc(rawVersion) : /^\s*[+-]?\d+\s*$/.test(String(rawVersion)) ? Number(rawVersion) : Number.NaN;
    if (typeof rawVersion === 'boolean' || Number.isNaN(version)) {
      findings.push({ message: `fsdp_config.version must be 1 or 2, got ${pythonStr(rawVersion)}. The library calls int() on it and fails.` });
      return findings;
    }
    const boolKeys = version === 2 ? ['reshard_after_forward'] : ['forward_prefetch', 'use_orig_params'];
    for (const key of [...boolKeys, 'sync_module_states', 'cpu_ram_efficient_loading']) {
      if (!(key in config)) continue;
      if (strToBool(config[key]) === undefined) {
        findings.push({
          message: `fsdp_config.${key} must be a boolean (true/false, yes/no, 1/0), got ${JSON.stringify(config[key])}. The library raises: invalid truth value ${pythonStr(config[key]).toLowerCase()}`,
        });
      }
    }
    if (version !== 2 && 'backward_prefetch' in config && typeof config.backward_prefetch !== 'string') {
      findings.push({ message: 'fsdp_config.backward_prefetch must be "backward_pre" or "backward_post".' });
    }
    const sync = pythonStr(config.sync_module_states ?? 'true').toLowerCase();
    const lowMemory = pythonStr(config.cpu_ram_efficient_loading ?? 'false').toLowerCase();
    if (sync === 'false' && lowMemory === 'true') {
      findings.push({
        message:
          'fsdp_config turns cpu_ram_efficient_loading on but sync_module_states off: only rank 0 loads the weights, so without syncing the other ranks would train from random weights. Turn sync_module_states on. The library raises: `sync_module_states` must be `"True"` if `cpu_ram_efficient_loading` is `"True"`',
      });
    }
    return findings;
  },
});
