import { parseJson } from '../py/parse-json';
import { JSON_STRING_FIELDS } from '../resolve/coerce-json-string';
import { defineRule, type Finding } from './define-rule';

/** Mirrors `__post_init__`: a dict field given as a string starting with `{` goes through `json.loads`, which raises `JSONDecodeError`. */
export const dictJsonString = defineRule({
  id: 'schema-dict-json',
  fields: [...JSON_STRING_FIELDS],
  severity: 'error',
  source: 'library',
  description: 'Dict fields written as JSON text must be valid JSON (the library parses any string that starts with "{").',
  check: ({ input }) =>
    JSON_STRING_FIELDS.flatMap((field): Finding[] => {
      const value = input.values[field];
      if (typeof value !== 'string' || !value.startsWith('{')) return [];
      const parsed = parseJson(value);
      if (parsed.ok) return [];
      const { message, line, column } = parsed.error;
      return [
        {
          fields: [field],
          message: `${field} is not valid JSON: ${message} at line ${line}, column ${column}. Use double quotes around keys and strings, and true/false/null rather than True/False/None. The library raises json.JSONDecodeError.`,
        },
      ];
    }),
});
