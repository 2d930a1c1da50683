import type { PyValue } from '../../py/py-value';
import type { PyDict } from '../../py/py-value';
import { message } from '../../i18n/messages/message';
import { hasVersionRange, isLine4x } from '../../target/target';
import { isDict } from '../../py/py-value';
import { pythonText } from '../../py/python-text';
import { defineRule } from '../define-rule';
import { fsdpConfig, fsdpOn } from '../fsdp-values';

/**
 * Mirrors `_process_fsdp_args`: `fsdp_config["min_num_params"]` is compared with 0 (4.x also takes its max()
 * with `fsdp_min_num_params`), so anything but a number fails. A JSON string's "1000" is converted before that,
 * a dict's is not.
 */
export const fsdpMinNumParamsType = defineRule({
  id: 'fsdp-min-num-params-type',
  fields: ['fsdp_config'],
  severity: 'error',
  source: 'library',
  stage: 'config',
  messages: ['fsdp-min-num-params-type', 'fsdp-min-num-params-type.fix'],
  description: 'fsdp_config.min_num_params must be a number (the library compares it with 0).',
  check: ({ resolved, input, target }) => {
    const config = fsdpConfig(resolved);
    if (!('min_num_params' in config)) return null;
    // From 5.15 the value is compared with 0 only when FSDP is on with the size-based policy.
    if (hasVersionRange(target, { since: '5.15' }) && (!fsdpOn(resolved) || config.auto_wrap_policy !== 'SIZE_BASED_WRAP')) return null;
    const value = config.min_num_params;
    if (typeof value === 'number' || typeof value === 'boolean') return null;
    const shown = pythonText(value ?? null);
    const typeName = value === null ? 'NoneType' : typeof value === 'string' ? 'str' : Array.isArray(value) ? 'list' : 'dict';
    const library = isLine4x(target)
      ? `TypeError: '>' not supported between instances of 'int' and '${typeName}'`
      : `TypeError: '>' not supported between instances of '${typeName}' and 'int'`;
    const whole = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : undefined;
    const given = input.values.fsdp_config;
    // Only a dict as written can be patched; the key may still carry its fsdp_ prefix there.
    const key = isDict(given) ? ['min_num_params', 'fsdp_min_num_params'].find((k) => k in given) : undefined;
    return {
      text: message('fsdp-min-num-params-type', { value, library, shown }),
      ...(whole !== undefined && isDict(given) && key !== undefined
        ? { fix: { text: message('fsdp-min-num-params-type.fix', { whole }), patch: { fsdp_config: { ...given, [key]: whole } } } }
        : {}),
    };
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'fsdp-min-num-params-type': { readonly value: string | PyValue[] | PyDict | null; readonly library: string; readonly shown: string };
    'fsdp-min-num-params-type.fix': { readonly whole: number };
  }
}
