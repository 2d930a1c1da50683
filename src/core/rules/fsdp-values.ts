import { isDict, type PyDict, type PyValue } from '../py/py-value';
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

/** Whether the FSDP plugin arguments get built: FSDP on and not the XLA flavour. */
export function buildsFsdpPlugin(resolved: ResolvedValues): boolean {
  return fsdpOptions(resolved).length > 0 && !truthy(fsdpConfig(resolved).xla);
}

/** accelerate's `str_to_bool`, applied by the library to `str(value).lower()`. */
export function strToBool(value: PyValue | undefined): boolean | undefined {
  const text = pythonStr(value).toLowerCase();
  if (['y', 'yes', 't', 'true', 'on', '1'].includes(text)) return true;
  if (['n', 'no', 'f', 'false', 'off', '0'].includes(text)) return false;
  return undefined;
}

/** Python's `str()` of a JSON-like value, enough for the bool-like options FSDP reads. */
export function pythonStr(value: PyValue | undefined): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function truthy(value: PyValue | undefined): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
}
