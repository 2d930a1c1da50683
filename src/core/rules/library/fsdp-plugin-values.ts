import type { PyValue } from '../../py/py-value';
import { message, type NoParams } from '../../i18n/messages/message';
import { hasVersionRange, isLine4x } from '../../target/target';
import type { PyDict } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { defineRule, type Finding } from '../define-rule';
import { buildsFsdpPlugin, fsdpConfig, strToBool } from '../fsdp-values';
import { fsdpVersionOf } from '../../resolve/fsdp-v5-15';

/** The message codes of this rule's findings. */
type Code = 'fsdp-plugin-values' | 'fsdp-plugin-values.2' | 'fsdp-plugin-values.3' | 'fsdp-plugin-values.4' | 'fsdp-plugin-values.5' | 'fsdp-plugin-values.6';

/**
 * Mirrors the FSDP plugin arguments built in `_process_fsdp_args`: bool-like options go through `str_to_bool`,
 * the version through `int()`. 4.x handed the options to accelerate as FSDP_* environment variables, as text,
 * so there only the prefetch policy (on which it calls `.upper()`) and the sync/low-memory pair are checked.
 */
export const fsdpPluginValues = defineRule({
  id: 'fsdp-plugin-values',
  fields: ['fsdp_config'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-plugin-values', 'fsdp-plugin-values.2', 'fsdp-plugin-values.3', 'fsdp-plugin-values.4', 'fsdp-plugin-values.5', 'fsdp-plugin-values.6'],
  description:
    'fsdp_config options read as booleans must be true/false-like, version must be a whole number, and sync_module_states must stay on with cpu_ram_efficient_loading.',
  check: ({ resolved, target }) => {
    if (!buildsFsdpPlugin(resolved)) return [];
    const config = fsdpConfig(resolved);
    if (hasVersionRange(target, { since: '5.15' })) return pluginArgValuesV515(config);
    let findings: Finding<Code>[];
    if (isLine4x(target)) findings = prefetchIsText(config);
    else {
      const version = fsdpVersion(config);
      if (typeof version !== 'number') return [version];
      findings = pluginArgValues(config, version);
    }
    const sync = pythonText(config.sync_module_states ?? 'true').toLowerCase();
    const lowMemory = pythonText(config.cpu_ram_efficient_loading ?? 'false').toLowerCase();
    if (sync === 'false' && lowMemory === 'true') {
      findings.push({
        text: message('fsdp-plugin-values', {}),
      });
    }
    return findings;
  },
});

/** The FSDP version as the library's `int()` reads it, or the finding when it cannot. */
function fsdpVersion(config: PyDict): number | Finding<Code> {
  const rawVersion = config.version ?? 1;
  const version = typeof rawVersion === 'number' ? Math.trunc(rawVersion) : /^\s*[+-]?\d+\s*$/.test(String(rawVersion)) ? Number(rawVersion) : Number.NaN;
  if (typeof rawVersion !== 'boolean' && !Number.isNaN(version)) return version;
  return {
    text: message('fsdp-plugin-values.2', { rawVersion }),
  };
}

/** v5: the options the plugin reads as booleans, and a v1 prefetch policy. */
function pluginArgValues(config: PyDict, version: number): Finding<Code>[] {
  const findings: Finding<Code>[] = [];
  const boolKeys = version === 2 ? ['reshard_after_forward'] : ['forward_prefetch', 'use_orig_params'];
  for (const key of [...boolKeys, 'sync_module_states', 'cpu_ram_efficient_loading']) if (key in config) findings.push(...truthValue(config, key));
  if (version !== 2) findings.push(...prefetchIsText(config));
  return findings;
}

/** The auto-wrap policies `_process_fsdp_args` accepts from 5.15. */
const AUTO_WRAP_POLICIES = ['TRANSFORMER_BASED_WRAP', 'SIZE_BASED_WRAP', 'NO_WRAP'];

/**
 * 5.15+: the version (default 2) through int(), the auto-wrap policy, and the options read with str_to_bool:
 * always cpu_ram_efficient_loading and a given activation_checkpointing; FSDP2 reshard_after_forward; FSDP1
 * forward_prefetch, use_orig_params, sync_module_states and a given limit_all_gathers, plus its prefetch policy.
 */
function pluginArgValuesV515(config: PyDict): Finding<Code>[] {
  const version = fsdpVersionOf(config);
  if (version === undefined) {
    const raw = config.version ?? null;
    const library =
      typeof raw === 'string'
        ? `ValueError: invalid literal for int() with base 10: '${raw}'`
        : `TypeError: int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(raw)}'`;
    return [
      {
        text: message('fsdp-plugin-values.3', { raw, library }),
      },
    ];
  }
  const findings: Finding<Code>[] = [];
  // `fsdp_config.get("auto_wrap_policy", default)`: an explicit None is kept, and rejected.
  const policy = Object.hasOwn(config, 'auto_wrap_policy') ? (config.auto_wrap_policy ?? null) : 'TRANSFORMER_BASED_WRAP';
  if (typeof policy !== 'string' || !AUTO_WRAP_POLICIES.includes(policy)) {
    const library = `\`auto_wrap_policy\` must be one of ['TRANSFORMER_BASED_WRAP', 'SIZE_BASED_WRAP', 'NO_WRAP'], got ${pythonText(policy)}.`;
    const upper = typeof policy === 'string' ? AUTO_WRAP_POLICIES.find((p) => p === policy.toUpperCase() || p === `${policy.toUpperCase()}_WRAP`) : undefined;
    findings.push({
      text: message('fsdp-plugin-values.4', { policy, upper, library }),
    });
  }
  const keys = [
    'cpu_ram_efficient_loading',
    'activation_checkpointing',
    ...(version === 2 ? ['reshard_after_forward'] : ['forward_prefetch', 'use_orig_params', 'sync_module_states', 'limit_all_gathers']),
  ];
  for (const key of keys) if (key in config) findings.push(...truthValue(config, key));
  if (version !== 2) findings.push(...prefetchIsText(config));
  return findings;
}

function pyTypeName(value: PyDict[string]): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  return typeof value === 'object' ? 'dict' : typeof value;
}

/** A value the library reads with str_to_bool, or the finding when that raises. */
function truthValue(config: PyDict, key: string): Finding<Code>[] {
  if (strToBool(config[key]) !== undefined) return [];
  const library = `invalid truth value ${pythonText(config[key]).toLowerCase()}`;
  return [
    {
      text: message('fsdp-plugin-values.5', { key, config, library }),
    },
  ];
}

/** The prefetch policy must be text (`backward_pre` / `backward_post`). */
function prefetchIsText(config: PyDict): Finding<Code>[] {
  if (!('backward_prefetch' in config) || typeof config.backward_prefetch === 'string') return [];
  return [
    {
      text: message('fsdp-plugin-values.6', {}),
    },
  ];
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-plugin-values': NoParams;
    'fsdp-plugin-values.2': { readonly rawVersion: PyValue };
    'fsdp-plugin-values.3': { readonly raw: PyValue; readonly library: string };
    'fsdp-plugin-values.4': { readonly policy: PyValue; readonly upper: string | undefined; readonly library: string };
    'fsdp-plugin-values.5': { readonly key: string; readonly config: PyDict; readonly library: string };
    'fsdp-plugin-values.6': NoParams;
  }
}
