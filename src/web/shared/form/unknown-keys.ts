import { toJsonText } from '@/core/emit/json-text';
import type { PyValue } from '@/core/py/py-value';

// react-hook-form reads dots and brackets in a name as a path, so only plain identifiers can be kept.
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/**
 * Whether a keyword the registry does not know can be held in the form. Such keys have no input; they
 * are kept so the check can name them (and offer the rename of an old name) instead of losing them.
 */
export function canKeepUnknown(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** The form value of an unknown keyword: its JSON text, so any value shape survives (floats included). */
export function unknownToRaw(name: string, value: PyValue, floatWritten: ReadonlySet<string> = new Set()): string {
  return toJsonText(value, { floatWritten, path: name });
}
