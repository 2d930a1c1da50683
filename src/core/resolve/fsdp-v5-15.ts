import { isDict, isTruthy, type PyDict, type PyValue } from '../py/py-value';
import type { ResolveState } from './resolve-state';

/** accelerate's sharding strategies; an `fsdp` item whose upper case is one of them sets the resharding. */
const SHARDING_STRATEGIES: ReadonlySet<string> = new Set(['FULL_SHARD', 'SHARD_GRAD_OP', 'NO_SHARD', 'HYBRID_SHARD', 'HYBRID_SHARD_ZERO2']);

/** Why a legacy `fsdp` item cannot be translated (the library raises on the first one). */
export type LegacyItemProblem =
  | { readonly kind: 'fsdp1-only'; readonly item: string }
  | { readonly kind: 'unknown'; readonly item: PyValue }
  | { readonly kind: 'version'; readonly version: PyValue };

/**
 * `int(fsdp_config.get("version", 2))`: the FSDP version the config asks for, or undefined when `int()` would
 * raise (a float is truncated, a whole-number string parsed, anything else fails).
 * @example fsdpVersionOf({ version: '1' }) // 1
 */
export function fsdpVersionOf(config: PyDict): number | undefined {
  const value = Object.hasOwn(config, 'version') ? config.version : 2;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.trunc(value) : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) return Number(value.trim());
  return undefined;
}

/**
 * The items of a string or list `fsdp`, as `_apply_legacy_fsdp_to_config` reads them, or [] for other forms.
 * @example legacyFsdpItems('full_shard  auto_wrap') // ['full_shard', 'auto_wrap']
 */
export function legacyFsdpItems(fsdp: PyValue): readonly PyValue[] {
  if (typeof fsdp === 'string') return fsdp.split(/\s+/).filter((word) => word !== '');
  return Array.isArray(fsdp) ? fsdp : [];
}

/**
 * Translates the legacy `fsdp` items into `fsdp_config` (5.15+): `full_shard` / `shard_grad_op` set
 * `reshard_after_forward` (a bool for FSDP2, the strategy name for FSDP1), `offload` sets `cpu_offload`,
 * `auto_wrap` does nothing. Keys already in the config win. Returns the config and the first item the
 * library would raise on.
 * @example translateLegacyFsdp(['shard_grad_op', 'offload'], {}).config // { reshard_after_forward: false, cpu_offload: true }
 */
export function translateLegacyFsdp(items: readonly PyValue[], config: PyDict): { readonly config: PyDict; readonly problem?: LegacyItemProblem } {
  const out: PyDict = { ...config };
  const setDefault = (key: string, value: PyValue): void => {
    if (!Object.hasOwn(out, key)) out[key] = value;
  };
  const version = fsdpVersionOf(out);
  if (items.length > 0 && version === undefined) return { config: out, problem: { kind: 'version', version: out.version ?? null } };
  for (const item of items) {
    if (typeof item !== 'string') return { config: out, problem: { kind: 'unknown', item } };
    if (SHARDING_STRATEGIES.has(item.toUpperCase())) {
      if (version !== 2) setDefault('reshard_after_forward', item);
      else if (item === 'full_shard') setDefault('reshard_after_forward', true);
      else if (item === 'shard_grad_op') setDefault('reshard_after_forward', false);
      else return { config: out, problem: { kind: 'fsdp1-only', item } };
    } else if (item === 'offload') setDefault('cpu_offload', true);
    else if (item !== 'auto_wrap') return { config: out, problem: { kind: 'unknown', item } };
  }
  return { config: out };
}

/**
 * `_process_fsdp_args` from 5.15: a falsy `fsdp` leaves `fsdp` and `fsdp_config` exactly as given. A truthy
 * one becomes True, and the config gets its `fsdp_` prefixes stripped, the legacy items translated, and the
 * `min_num_params` / XLA defaults. A config path cannot be read here and stays as given.
 * @example resolveFsdpV515(state) // with fsdp="full_shard": fsdp === true, fsdp_config.reshard_after_forward === true
 */
export function resolveFsdpV515({ values, derive, normalize }: ResolveState): void {
  const fsdp = values.fsdp ?? null;
  if (!isTruthy(fsdp)) return;
  const given = values.fsdp_config ?? null;
  if (given !== null && !isDict(given)) {
    derive('fsdp', true);
    return;
  }
  const stripped: PyDict = {};
  for (const [key, item] of Object.entries(given ?? {})) stripped[key.startsWith('fsdp_') ? key.slice(5) : key] = item;
  const { config } = translateLegacyFsdp(legacyFsdpItems(fsdp), stripped);
  if (!Object.hasOwn(config, 'min_num_params')) config.min_num_params = 0;
  if (typeof config.transformer_layer_cls_to_wrap === 'string') config.transformer_layer_cls_to_wrap = [config.transformer_layer_cls_to_wrap];
  for (const flag of ['xla', 'xla_fsdp_v2', 'xla_fsdp_grad_ckpt']) if (!Object.hasOwn(config, flag)) config[flag] = false;
  normalize('fsdp_config', config);
  derive('fsdp', true);
}
