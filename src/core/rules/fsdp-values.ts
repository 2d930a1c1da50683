import { isDict, isTruthy, type PyDict, type PyValue } from '../py/py-value';
import { pythonText } from '../py/python-text';
import type { ResolvedValues } from '../resolve/provenance';

/** The resolved `fsdp` option list (strings only; other items are reported by the schema rules). */
export function fsdpOptions(resolved: ResolvedValues): string[] {
  const fsdp = resolved.fsdp;
  return Array.isArray(fsdp) ? fsdp.filter((o): o is string => typeof o === 'string') : [];
}

/** The resolved `fsdp_config` dict, or an empty one when it is a path the browser cannot read. */
export function fsdpConfig(resolved: ResolvedValues): PyDict {
  return isDict(resolved.fsdp_config) ? resolved.fsdp_config : {};
}

/**
 * Whether FSDP is on: a non-empty option list (up to 5.14), or True (from 5.15, where a truthy `fsdp`
 * resolves to True and its options move into `fsdp_config`).
 */
export function fsdpOn(resolved: ResolvedValues): boolean {
  return resolved.fsdp === true || fsdpOptions(resolved).length > 0;
}

/** Whether the FSDP plugin arguments get built: FSDP on and not the XLA flavour. */
export function buildsFsdpPlugin(resolved: ResolvedValues): boolean {
  return fsdpOn(resolved) && !isTruthy(fsdpConfig(resolved).xla);
}

/** accelerate's `str_to_bool`, applied by the library to `str(value).lower()`. */
export function strToBool(value: PyValue | undefined): boolean | undefined {
  const text = pythonText(value).toLowerCase();
  if (['y', 'yes', 't', 'true', 'on', '1'].includes(text)) return true;
  if (['n', 'no', 'f', 'false', 'off', '0'].includes(text)) return false;
  return undefined;
}
