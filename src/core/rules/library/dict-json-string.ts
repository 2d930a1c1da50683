import { parseJson } from '../../py/parse-json';
import type { Kwargs } from '../../py/py-value';
import { JSON_STRING_FIELDS } from '../../resolve/coerce-json-string';
import { defineRule, type Finding } from '../define-rule';
import { code, iga } from '../ko-text';

/**
 * The `JSONDecodeError` findings of dict fields written as JSON text: `__post_init__` runs `json.loads` on any
 * such string that starts with `{`. Config classes reuse it for the dict fields they add.
 */
export function jsonStringFindings(input: Kwargs, fields: readonly string[]): Finding[] {
  return fields.flatMap((field): Finding[] => {
    const value = input.values[field];
    if (typeof value !== 'string' || !value.startsWith('{')) return [];
    const parsed = parseJson(value);
    if (parsed.ok) return [];
    const { message, line, column } = parsed.error;
    return [
      {
        fields: [field],
        message: `${field} is not valid JSON: ${message} at line ${line}, column ${column}. Use double quotes around keys and strings, and true/false/null rather than True/False/None. The library raises json.JSONDecodeError.`,
        messageKo: `${iga(code(field))} 올바른 JSON이 아닙니다(${line}행 ${column}열: ${message}). 키와 문자열은 큰따옴표로 감싸고, True/False/None 대신 true/false/null을 쓰세요. 라이브러리는 json.JSONDecodeError를 냅니다.`,
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
  description: 'Dict fields written as JSON text must be valid JSON (the library parses any string that starts with "{").',
  check: ({ input }) => jsonStringFindings(input, JSON_STRING_FIELDS),
});
