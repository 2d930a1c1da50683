import type { ClassFieldSpec } from '../../config-class/define-config-class';
import { isDict, type Kwargs, type PyValue } from '../../py/py-value';
import type { Finding, Rule } from '../define-rule';
import { defineRule } from '../define-rule';
import { message, type MessageParams } from '../../i18n/messages/message';
import { resetFix } from '../schema-format';

/**
 * Whether a value has the JSON kind the field's annotation declares. TRL never type-checks its own fields,
 * so a wrong kind is kept and fails much later in the trainer, or silently does the wrong thing.
 */
export function fitsClassField(field: ClassFieldSpec, value: PyValue, input: Kwargs): boolean {
  if (value === null) return field.nullable === true;
  switch (field.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && !input.floatWritten.has(field.name);
    case 'float':
      return typeof value === 'number';
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'enum':
      return typeof value === 'string' || (field.alsoBool === true && typeof value === 'boolean');
    case 'dict':
      // A string is parsed when it starts with "{"; any other text is not an object at all.
      return isDict(value) || (typeof value === 'string' && value.trimStart().startsWith('{'));
    case 'list':
      if (field.alsoString === true && typeof value === 'string') return true;
      if (!Array.isArray(value)) return false;
      return value.every((item) => (field.items === 'number' ? typeof item === 'number' : typeof item === 'string'));
    default:
      return true;
  }
}

/** The value the user evidently meant, when a wrong kind has one obvious reading. */
function conversion(field: ClassFieldSpec, value: PyValue): PyValue | undefined {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((field.kind === 'int' && /^-?\d+$/.test(trimmed)) || (field.kind === 'float' && trimmed !== '' && Number.isFinite(Number(trimmed)))) {
      return Number(trimmed);
    }
    if (field.kind === 'bool' && /^(true|false)$/i.test(trimmed)) return trimmed.toLowerCase() === 'true';
  }
  if (field.kind === 'bool' && (value === 0 || value === 1)) return value === 1;
  if (field.kind === 'int' && typeof value === 'number' && Number.isInteger(value)) return value;
  return undefined;
}

/** The two rules built here: TRL classes' own fields, and other config classes' (Seq2SeqTrainingArguments). */
export type ClassFieldTypeRule = 'trl-field-type' | 'class-field-type';

const FIX_CODE = { 'trl-field-type': 'trl-field-type.fix', 'class-field-type': 'class-field-type.fix' } as const;

/**
 * The app's type check of a config class's own fields (TRL declares types but never checks them).
 * Built per class from its field table.
 */
export function trlFieldType<R extends ClassFieldTypeRule = 'trl-field-type'>(
  className: string,
  fields: readonly ClassFieldSpec[],
  id = 'trl-field-type' as R,
): Rule {
  return defineRule({
    id,
    fields: fields.map((f) => f.name),
    severity: 'error',
    source: 'app',
    stage: 'config',
    messages: [id, FIX_CODE[id as ClassFieldTypeRule]],
    description: `Each ${className} field has the kind its annotation declares (TRL keeps wrong kinds, and the trainer fails on them later).`,
    check: ({ input }) =>
      fields.flatMap((field): Finding<R>[] => {
        const value = input.values[field.name];
        if (value === undefined || fitsClassField(field, value, input)) return [];
        const meant = conversion(field, value) ?? null;
        const params: ClassFieldTypeParams = {
          field: field.name,
          className,
          kind: field.kind === 'list' && field.items === 'number' ? 'number-list' : field.kind,
          nullable: field.nullable === true,
          pyType: field.pyType,
          value,
          written: input.floatWritten.has(field.name),
          meant,
        };
        return [
          {
            fields: [field.name],
            text: message<R>(id, params as MessageParams[R]),
            fix:
              meant === null
                ? resetFix(field.name, field.default)
                : { text: message(FIX_CODE[id as ClassFieldTypeRule], { field: field.name, meant }), patch: { [field.name]: meant } },
          },
        ];
      }),
  });
}

/** A value of the wrong kind; `kind` is the annotation's (`number-list` for a list of numbers), `meant` the obvious reading or null. */
export interface ClassFieldTypeParams {
  readonly field: string;
  readonly className: string;
  readonly kind: string;
  readonly nullable: boolean;
  readonly pyType: string;
  readonly value: PyValue;
  readonly written: boolean;
  readonly meant: PyValue | null;
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'trl-field-type': ClassFieldTypeParams;
    'trl-field-type.fix': { readonly field: string; readonly meant: PyValue };
    'class-field-type': ClassFieldTypeParams;
    'class-field-type.fix': { readonly field: string; readonly meant: PyValue };
  }
}
