import type { FieldDef } from '../../registry/define-field';
import { fieldsFor } from '../../registry/registry';
import { message } from '../../i18n/messages/message';
import { perTarget, TARGETS, type Target } from '../../target/target';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { resetFix } from '../schema-format';
import { fitsShape } from '../schema-shapes';

/** Bounds `TrainingArguments` enforces itself (`libraryBounded`, `libraryTyped`); the library rules report those in the library's words. */
const boundedFields = perTarget((target) =>
  fieldsFor(target).filter((f) => (f.min !== undefined || f.max !== undefined) && f.libraryBounded !== true && f.libraryTyped !== true),
);

/**
 * Numbers stay within the bounds recorded in the registry: outside them the Trainer, the optimizer or
 * the scheduler fails, or the value means nothing.
 */
export const schemaRange = defineRule({
  id: 'schema-range',
  fields: [...new Set(TARGETS.flatMap((t) => boundedFields(t).map((f) => f.name)))],
  severity: 'error',
  source: 'app',
  stage: 'schema',
  messages: ['schema-range'],
  description: 'Numbers lie within their sensible range (batch sizes ≥ 1, learning rate ≥ 0, betas below 1, …).',
  check: ({ input, target }) =>
    boundedFields(target).flatMap((field): Finding<'schema-range'>[] => {
      const value = input.values[field.name];
      // Values of the wrong type are schema-type's to report; one message per mistake.
      if (typeof value !== 'number' || !fitsShape(field, value, input, target)) return [];
      // Zero is reported by the field's own Trainer rule (`zeroRule`), which explains the crash and when it happens; negatives stay ours.
      if (value === 0 && field.zeroRule !== undefined) return [];
      if (inRange(field, value)) return [];
      const asFloat = input.floatWritten.has(field.name);
      const negative = value < 0 && field.min !== undefined && field.min >= 0;
      return [
        {
          fields: [field.name],
          text: message('schema-range', { field: field.name, target, value, asFloat, negative }),
          fix: resetFix(field.name, field.default),
        },
      ];
    }),
});

function inRange(field: FieldDef, value: number): boolean {
  if (field.min !== undefined && value < field.min) return false;
  if (field.max !== undefined && (field.exclusiveMax ? value >= field.max : value > field.max)) return false;
  return true;
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** The catalogues word the field's bounds in `target` from the registry; `negative`: a negative value where none has meaning. */
    'schema-range': { readonly field: string; readonly target: Target; readonly value: number; readonly asFloat: boolean; readonly negative: boolean };
  }
}
