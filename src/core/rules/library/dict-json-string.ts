import { message } from '../../i18n/messages/message';
import { parseJson } from '../../py/parse-json';
import type { Kwargs } from '../../py/py-value';
import { JSON_STRING_FIELDS } from '../../resolve/coerce-json-string';
import { defineRule, type Finding } from '../define-rule';

/**
 * The `JSONDecodeError` findings of dict fields written as JSON text: `__post_init__` runs `json.loads` on any
 * such string that starts with `{`. Config classes reuse it for the dict fields they add.
 */
export function jsonStringFindings(input: Kwargs, fields: readonly string[]): Finding<'schema-dict-json'>[] {
  return fields.flatMap((field): Finding<'schema-dict-json'>[] => {
    const value = input.values[field];
    if (typeof value !== 'string' || !value.startsWith('{')) return [];
    const parsed = parseJson(value);
    if (parsed.ok) return [];
    const { message: error, line, column } = parsed.error;
    return [
      {
        fields: [field],
        text: message('schema-dict-json', { field, error, line, column }),
      },
    ];
  });
}

/** Mirrors `__post_init__`: a dict field given as a string starting with `{` goes through `json.loads`, which raises `JSONDecodeError`. */
export const dictJsonString = defineRule({
  id: 'schema-dict-json',
  fields: [...JSON_STRING_FIELDS],
  severity: 'error',
  source: 'library',
  stage: 'schema',
  messages: ['schema-dict-json'],
  description: 'Dict fields written as JSON text must be valid JSON (the library parses any string that starts with "{").',
  check: ({ input }) => jsonStringFindings(input, JSON_STRING_FIELDS),
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'schema-dict-json': { readonly field: string; readonly error: string; readonly line: number; readonly column: number };
  }
}
