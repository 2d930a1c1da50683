import { isDict, isTruthy, type PyDict, type PyValue } from '../py/py-value';

/**
 * `fsdp` as the library holds it: falsy → [], True → ["full_shard"], a string split on whitespace, a list as given.
 * @example normalizeFsdp('full_shard auto_wrap') // ['full_shard', 'auto_wrap']
 */
export function normalizeFsdp(value: PyValue | undefined): PyValue {
  if (!isTruthy(value ?? null)) return [];
  if (value === true) return ['full_shard'];
  if (typeof value === 'string') return splitWords(value);
  return value ?? [];
}

/** Python's `str.split()` with no argument. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/**
 * `fsdp_config` as `_process_fsdp_args` leaves it: `fsdp_` prefixes stripped, `min_num_params` defaulted to 0,
 * a string `transformer_layer_cls_to_wrap` wrapped in a list, and the three XLA flags defaulted to False.
 * A path string cannot be read here and is returned unchanged.
 * @example normalizeFsdpConfig({ fsdp_min_num_params: 10 }) // { min_num_params: 10, xla: false, … }
 */
export function normalizeFsdpConfig(value: PyValue | undefined): PyValue {
  if (value === null || value === undefined) return withDefaults({});
  if (!isDict(value)) return value;
  const stripped: PyDict = {};
  for (const [key, item] of Object.entries(value)) stripped[key.startsWith('fsdp_') ? key.slice(5) : key] = item;
  return withDefaults(stripped);
}

function withDefaults(config: PyDict): PyDict {
  const out: PyDict = { ...config };
  // `dict.get(key, default)`: a key present with None keeps None, so test presence, not nullishness.
  if (!('min_num_params' in out)) out.min_num_params = 0;
  const wrap = out.transformer_layer_cls_to_wrap;
  if (typeof wrap === 'string') out.transformer_layer_cls_to_wrap = [wrap];
  for (const flag of ['xla', 'xla_fsdp_v2', 'xla_fsdp_grad_ckpt']) if (!(flag in out)) out[flag] = false;
  return out;
}
