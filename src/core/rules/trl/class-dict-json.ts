import type { Rule } from '../define-rule';
import { defineRule } from '../define-rule';
import { jsonStringFindings } from '../library/dict-json-string';

/** A config class's own dict fields go through the same `json.loads` as the TrainingArguments ones. */
export function classDictJson(className: string, fields: readonly string[]): Rule {
  return defineRule({
    id: 'schema-dict-json',
    fields,
    severity: 'error',
    source: 'library',
    stage: 'schema',
    description: `${className}'s dict fields written as JSON text must be valid JSON.`,
    check: ({ input }) => jsonStringFindings(input, fields),
  });
}
