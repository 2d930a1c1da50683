import type { Kwargs, PyValue } from '../py/py-value';

/**
 * Applies a fix's patch to keyword arguments without touching the original: `undefined` removes a key
 * (back to the library default), and a patched key forgets how its old number was spelled.
 * @example applyPatch(kwargs({ fp16: true, bf16: true }), { fp16: undefined }).values // { bf16: true }
 */
export function applyPatch(input: Kwargs, patch: Readonly<Record<string, PyValue | undefined>>): Kwargs {
  const values: Record<string, PyValue> = { ...input.values };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete values[key];
    else values[key] = value;
  }
  const touched = Object.keys(patch);
  const floatWritten = new Set(
    [...input.floatWritten].filter((path) => !touched.some((key) => path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`))),
  );
  return { values, floatWritten };
}
