import { parseJson } from '../py/parse-json';
import { isDict, type PyDict, type PyValue } from '../py/py-value';
import { fieldsFor } from '../registry/registry';
import { TARGETS } from '../target/target';

/**
 * Dict fields that the library accepts as a JSON string and `json.loads` in `__post_init__` (their registry
 * entries carry `jsonString`), in the order it parses them, across every target.
 */
export const JSON_STRING_FIELDS: readonly string[] = [
  ...new Map(
    TARGETS.flatMap((target) => fieldsFor(target))
      .filter((field) => field.jsonString !== undefined)
      .sort((a, b) => (a.jsonString ?? 0) - (b.jsonString ?? 0))
      .map((field) => [field.name, field.name]),
  ).keys(),
];

/**
 * Parses a dict field given as a JSON string the way `__post_init__` does: only strings starting with `{`,
 * then string leaves coerced (`"true"` → True, `"10"` → 10, `"0.1"` → 0.1). Returns undefined when the
 * value is not such a string or does not parse (the `dict-json-string` rule reports that).
 * @example parseDictString('{"num_cycles": "2"}') // { num_cycles: 2 }
 */
export function parseDictString(value: PyValue | undefined): PyDict | undefined {
  if (typeof value !== 'string' || !value.startsWith('{')) return undefined;
  const parsed = parseJson(value);
  if (!parsed.ok || !isDict(parsed.value)) return undefined;
  return coerceStringLeaves(parsed.value);
}

/** Mirrors `_convert_str_dict`: nested dicts are visited, lists are not; negative numbers and `1e-5` stay strings. */
export function coerceStringLeaves(dict: PyDict): PyDict {
  const out: PyDict = {};
  for (const [key, value] of Object.entries(dict)) {
    out[key] = isDict(value) ? coerceStringLeaves(value) : typeof value === 'string' ? coerceString(value) : value;
  }
  return out;
}

function coerceString(value: string): PyValue {
  const lower = value.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10);
  if (/^\d+$/.test(value.replace('.', ''))) return Number.parseFloat(value.startsWith('.') ? `0${value}` : value);
  return value;
}
