import type { PyValue } from '../py/py-value';
import type { DroppedValue } from './import-result';

// `TrainingArguments.to_dict()` masks every `*_token` value with this placeholder.
const MASKED_TOKEN = '<HUB_TOKEN>';

/**
 * Removes values that read fine but cannot be used as given: the masked token that
 * `to_json_string()` writes in place of `hub_token`, and a serialized `parallelism_config`
 * (only a Python object is accepted). Returns what it removed.
 * @example settleValues({ hub_token: '<HUB_TOKEN>' }) // [{ key: 'hub_token', reason: '…' }]
 */
export function settleValues(values: Record<string, PyValue>): DroppedValue[] {
  const dropped: DroppedValue[] = [];
  for (const [key, value] of Object.entries(values)) {
    if (key.endsWith('_token') && value === MASKED_TOKEN) {
      dropped.push({ key, reason: 'this is the placeholder saved configs write instead of the real token' });
      delete values[key];
    } else if (key === 'parallelism_config' && value !== null) {
      dropped.push({ key, reason: 'a ParallelismConfig object can only be created in Python code' });
      delete values[key];
    }
  }
  return dropped;
}
