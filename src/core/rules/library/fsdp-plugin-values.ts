import { hasVersionRange, isLine4x } from '../../target/target';
import type { PyDict } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { defineRule, type Finding } from '../define-rule';
import { buildsFsdpPlugin, fsdpConfig, strToBool } from '../fsdp-values';
import { fsdpVersionOf } from '../../resolve/fsdp-v5-15';
import { code, eun, libraryRaisesKo } from '../ko-text';

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
  description: 'fsdp_config options read as booleans must be true/false-like, version must be a whole number, and sync_module_states must stay on with cpu_ram_efficient_loading.',
  check: ({ resolved, target }) => {
    if (!buildsFsdpPlugin(resolved)) return [];
    const config = fsdpConfig(resolved);
    if (hasVersionRange(target, { since: '5.15' })) return pluginArgValuesV515(config);
    let findings: Finding[];
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
        message:
          'fsdp_config turns cpu_ram_efficient_loading on but sync_module_states off: only rank 0 loads the weights, so without syncing the other ranks would train from random weights. Turn sync_module_states on. The library raises: `sync_module_states` must be `"True"` if `cpu_ram_efficient_loading` is `"True"`',
        messageKo:
          '`fsdp_config`에서 `cpu_ram_efficient_loading`은 켜고 `sync_module_states`는 껐습니다. 가중치는 rank 0만 불러오므로, 동기화하지 않으면 나머지 rank는 무작위 가중치로 학습합니다. `sync_module_states`를 켜세요. 라이브러리 오류: `sync_module_states` must be `"True"` if `cpu_ram_efficient_loading` is `"True"`',
      });
    }
    return findings;
  },
});

/** The FSDP version as the library's `int()` reads it, or the finding when it cannot. */
function fsdpVersion(config: PyDict): number | Finding {
  const rawVersion = config.version ?? 1;
  const version = typeof rawVersion === 'number' ? Math.trunc(rawVersion) : /^\s*[+-]?\d+\s*$/.test(String(rawVersion)) ? Number(rawVersion) : Number.NaN;
  if (typeof rawVersion !== 'boolean' && !Number.isNaN(version)) return version;
  return {
    message: `fsdp_config.version must be 1 or 2, got ${pythonText(rawVersion)}. The library calls int() on it and fails.`,
    messageKo: `\`fsdp_config.version\`은 1 또는 2여야 하는데, 입력값이 ${code(pythonText(rawVersion))}입니다. 라이브러리가 이 값에 int()를 호출하다가 실패합니다.`,
  };
}

/** v5: the options the plugin reads as booleans, and a v1 prefetch policy. */
function pluginArgValues(config: PyDict, version: number): Finding[] {
  const findings: Finding[] = [];
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
function pluginArgValuesV515(config: PyDict): Finding[] {
  const version = fsdpVersionOf(config);
  if (version === undefined) {
    const raw = config.version ?? null;
    const library =
      typeof raw === 'string' ? `ValueError: invalid literal for int() with base 10: '${raw}'` : `TypeError: int() argument must be a string, a bytes-like object or a real number, not '${pyTypeName(raw)}'`;
    return [
      {
        message: `fsdp_config.version must be 1 or 2 (2 is the default), got ${pythonText(raw)}. The library raises: ${library}`,
        messageKo: `\`fsdp_config.version\`은 1 또는 2(기본값 2)여야 하는데, 입력값이 ${code(pythonText(raw))}입니다. ${libraryRaisesKo(library)}`,
      },
    ];
  }
  const findings: Finding[] = [];
  // `fsdp_config.get("auto_wrap_policy", default)`: an explicit None is kept, and rejected.
  const policy = Object.hasOwn(config, 'auto_wrap_policy') ? (config.auto_wrap_policy ?? null) : 'TRANSFORMER_BASED_WRAP';
  if (typeof policy !== 'string' || !AUTO_WRAP_POLICIES.includes(policy)) {
    const library = `\`auto_wrap_policy\` must be one of ['TRANSFORMER_BASED_WRAP', 'SIZE_BASED_WRAP', 'NO_WRAP'], got ${pythonText(policy)}.`;
    const upper = typeof policy === 'string' ? AUTO_WRAP_POLICIES.find((p) => p === policy.toUpperCase() || p === `${policy.toUpperCase()}_WRAP`) : undefined;
    findings.push({
      message: `fsdp_config.auto_wrap_policy must be TRANSFORMER_BASED_WRAP, SIZE_BASED_WRAP or NO_WRAP (exact spelling), got ${JSON.stringify(policy)}.${upper ? ` Did you mean "${upper}"?` : ''} The library raises: ${library}`,
      messageKo: `\`fsdp_config.auto_wrap_policy\`는 TRANSFORMER_BASED_WRAP, SIZE_BASED_WRAP, NO_WRAP 중 하나(철자 그대로)여야 하는데, 입력값이 ${code(String(JSON.stringify(policy)))}입니다.${upper ? ` 혹시 ${code(`"${upper}"`)}인가요?` : ''} ${libraryRaisesKo(library)}`,
    });
  }
  const keys = ['cpu_ram_efficient_loading', 'activation_checkpointing', ...(version === 2 ? ['reshard_after_forward'] : ['forward_prefetch', 'use_orig_params', 'sync_module_states', 'limit_all_gathers'])];
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
function truthValue(config: PyDict, key: string): Finding[] {
  if (strToBool(config[key]) !== undefined) return [];
  const library = `invalid truth value ${pythonText(config[key]).toLowerCase()}`;
  return [
    {
      message: `fsdp_config.${key} must be a boolean (true/false, yes/no, 1/0), got ${JSON.stringify(config[key])}. The library raises: ${library}`,
      messageKo: `${eun(code(`fsdp_config.${key}`))} 불리언(true/false, yes/no, 1/0)이어야 하는데, 입력값이 ${code(String(JSON.stringify(config[key])))}입니다. ${libraryRaisesKo(library)}`,
    },
  ];
}

/** The prefetch policy must be text (`backward_pre` / `backward_post`). */
function prefetchIsText(config: PyDict): Finding[] {
  if (!('backward_prefetch' in config) || typeof config.backward_prefetch === 'string') return [];
  return [
    {
      message: 'fsdp_config.backward_prefetch must be "backward_pre" or "backward_post".',
      messageKo: '`fsdp_config.backward_prefetch`는 `"backward_pre"` 또는 `"backward_post"`여야 합니다.',
    },
  ];
}
