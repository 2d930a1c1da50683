import type { Kwargs, PyValue } from '../../py/py-value';
import type { FieldDef } from '../../registry/define-field';
import { fieldsFor } from '../../registry/registry';
import { perTarget, TARGETS, type Target } from '../../target/target';
import { message } from '../../i18n/messages/message';
import type { Finding, Fix } from '../define-rule';
import { defineRule } from '../define-rule';
import { parseNumberText, patchFix, resetFix } from '../schema-format';
import type { Shape } from '../schema-shapes';
import { acceptedShapes, fitsShape, isLibraryTyped } from '../schema-shapes';
import { pythonText } from '../../py/python-text';

/** Every field of the target a user can set, except those the library type-checks itself. */
const checkedFields = perTarget((target) => fieldsFor(target).filter((f) => !isLibraryTyped(f.name, target)));

/**
 * The raw value of each field the user set has a shape the library and Trainer accept:
 * whole numbers for int fields, numbers for float fields, real booleans, text, lists of strings,
 * JSON objects, and None only where it means something.
 */
export const schemaType = defineRule({
  id: 'schema-type',
  // The union over targets, so the runner skips later rules on any field whose type failed.
  fields: [...new Set(TARGETS.flatMap((t) => checkedFields(t).map((f) => f.name)))],
  severity: 'error',
  source: 'app',
  stage: 'schema',
  messages: ['schema-type'],
  description: 'Each value has the type its field accepts (a whole number for int fields, true/false for flags, a list of strings for lists, …).',
  check: ({ input, target }) =>
    checkedFields(target).flatMap((field): Finding<'schema-type'>[] => {
      const value = input.values[field.name];
      if (value === undefined || fitsShape(field, value, input, target)) return [];
      return [typeFinding(field, value, input, target)];
    }),
});

function typeFinding(field: FieldDef, value: PyValue, input: Kwargs, target: Target): Finding<'schema-type'> {
  const writtenAsFloat = input.floatWritten.has(field.name);
  const conversion = convert(field, value, writtenAsFloat, target);
  const fix = conversion ? patchFix(conversion.patch) : resetFix(field.name, field.default);
  const advice = conversion?.advice ?? generalAdvice(field, target);
  return { fields: [field.name], text: message('schema-type', { field: field.name, target, value, writtenAsFloat, advice }), fix };
}

/** What to write instead, as the catalogues word it. */
export type SchemaTypeAdvice =
  | { readonly kind: 'drop-decimal'; readonly value: number }
  | { readonly kind: 'tokens-seen-bool'; readonly on: boolean }
  | { readonly kind: 'bool-not-number' }
  | { readonly kind: 'quote-number' }
  | { readonly kind: 'unquote'; readonly text: string; readonly value: number }
  | { readonly kind: 'bool-unquote' }
  | { readonly kind: 'list-single' }
  | { readonly kind: 'python-only' }
  | { readonly kind: 'whole-example'; readonly example: string }
  | { readonly kind: 'number-example'; readonly example: string }
  | { readonly kind: 'pick-choice' }
  | { readonly kind: 'bool-choose' }
  | { readonly kind: 'dict-example' }
  | { readonly kind: 'list-example' }
  | { readonly kind: 'text' };

interface Conversion {
  readonly advice: SchemaTypeAdvice;
  readonly patch: Fix['patch'];
}

/** The v5 token-counting modes as the bool a release without modes takes (there a string fails the bool check). */
const TOKENS_SEEN_AS_BOOL: Readonly<Record<string, boolean>> = { all: true, non_padding: true, no: false };

/** The value the user evidently meant, when that is unambiguous; otherwise undefined. */
function convert(field: FieldDef, value: PyValue, writtenAsFloat: boolean, target: Target): Conversion | undefined {
  const shapes = acceptedShapes(field, target);
  const name = field.name;
  if (shapes.includes('int') && typeof value === 'number' && Number.isInteger(value) && writtenAsFloat) {
    return { advice: { kind: 'drop-decimal', value }, patch: { [name]: value } };
  }
  if (name === 'include_num_input_tokens_seen' && typeof value === 'string' && value in TOKENS_SEEN_AS_BOOL) {
    const on = TOKENS_SEEN_AS_BOOL[value] === true;
    return { advice: { kind: 'tokens-seen-bool', on }, patch: { [name]: on } };
  }
  if (typeof value === 'string') return convertText(field, shapes, value);
  if (shapes.includes('bool') && (value === 0 || value === 1)) return { advice: { kind: 'bool-not-number' }, patch: { [name]: value === 1 } };
  if (shapes.includes('string') && typeof value === 'number' && field.kind === 'string') {
    return { advice: { kind: 'quote-number' }, patch: { [name]: String(value) } };
  }
  return undefined;
}

function convertText(field: FieldDef, shapes: readonly Shape[], text: string): Conversion | undefined {
  const name = field.name;
  const number = parseNumberText(text);
  const unquote = (n: number): Conversion => ({ advice: { kind: 'unquote', text, value: n }, patch: { [name]: n } });
  if (number && shapes.includes('int') && Number.isInteger(number.value)) return unquote(number.value);
  if (number && shapes.includes('number')) return unquote(number.value);
  const word = text.trim().toLowerCase();
  if (shapes.includes('bool') && (word === 'true' || word === 'false')) return { advice: { kind: 'bool-unquote' }, patch: { [name]: word === 'true' } };
  if (shapes.includes('list') && !shapes.includes('string')) {
    const items = text.split(/[\s,]+/).filter((item) => item !== '');
    if (items.length > 0) return { advice: { kind: 'list-single' }, patch: { [name]: items } };
  }
  return undefined;
}

function generalAdvice(field: FieldDef, target: Target): SchemaTypeAdvice {
  const shapes = acceptedShapes(field, target);
  // The default makes a good example unless it is a sentinel such as max_steps = -1.
  const example = typeof field.default === 'number' && field.default > 0 ? field.default : Math.max(field.min ?? 1, 1);
  if (shapes.length === 0) return { kind: 'python-only' };
  if (shapes.includes('int')) return { kind: 'whole-example', example: String(Math.ceil(example)) };
  if (shapes.includes('number')) return { kind: 'number-example', example: pythonText(example) };
  if (field.kind === 'enum' && field.choices) return { kind: 'pick-choice' };
  if (shapes.includes('bool')) return { kind: 'bool-choose' };
  if (shapes.includes('dict')) return { kind: 'dict-example' };
  if (shapes.includes('list')) return { kind: 'list-example' };
  return { kind: 'text' };
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** The catalogues word what `field` accepts in `target` from the registry (schema-expected). */
    'schema-type': {
      readonly field: string;
      readonly target: Target;
      readonly value: PyValue;
      readonly writtenAsFloat: boolean;
      readonly advice: SchemaTypeAdvice;
    };
  }
}
