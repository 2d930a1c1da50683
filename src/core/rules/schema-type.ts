import type { Kwargs, PyValue } from '../py/py-value';
import type { FieldDef } from '../registry/define-field';
import { ALL_FIELDS } from '../registry/registry';
import type { Finding, Fix } from './define-rule';
import { defineRule } from './define-rule';
import { expectedText } from './schema-expected';
import { describePatch, describeValue, parseNumberText, resetFix } from './schema-format';
import type { Shape } from './schema-shapes';
import { LIBRARY_TYPED_FIELDS, acceptedShapes, fitsShape } from './schema-shapes';
import { pythonText } from './python-text';

/** Every field a user can set; the library checks torch_empty_cache_steps fully itself. */
const CHECKED_FIELDS = ALL_FIELDS.filter((f) => !LIBRARY_TYPED_FIELDS.has(f.name));

/**
 * The raw value of each field the user set has a shape the library and Trainer accept:
 * whole numbers for int fields, numbers for float fields, real booleans, text, lists of strings,
 * JSON objects, and None only where it means something.
 */
export const schemaType = defineRule({
  id: 'schema-type',
  fields: CHECKED_FIELDS.map((f) => f.name),
  severity: 'error',
  source: 'app',
  description: 'Each value has the type its field accepts (a whole number for int fields, true/false for flags, a list of strings for lists, …).',
  check: ({ input }) =>
    CHECKED_FIELDS.flatMap((field): Finding[] => {
      const value = input.values[field.name];
      if (value === undefined || fitsShape(field, value, input)) return [];
      return [typeFinding(field, value, input)];
    }),
});

function typeFinding(field: FieldDef, value: PyValue, input: Kwargs): Finding {
  const writtenAsFloat = input.floatWritten.has(field.name);
  const conversion = convert(field, value, writtenAsFloat);
  const fix = conversion ? { label: describePatch(conversion.patch), patch: conversion.patch } : resetFix(field.name, field.default);
  const advice = conversion?.advice ?? generalAdvice(field);
  return {
    fields: [field.name],
    message: `${field.name} must be ${expectedText(field)}, got ${describeValue(value, writtenAsFloat)}. ${advice}`,
    fix,
  };
}

interface Conversion {
  readonly advice: string;
  readonly patch: Fix['patch'];
}

/** The value the user evidently meant, when that is unambiguous; otherwise undefined. */
function convert(field: FieldDef, value: PyValue, writtenAsFloat: boolean): Conversion | undefined {
  const shapes = acceptedShapes(field);
  const name = field.name;
  if (shapes.includes('int') && typeof value === 'number' && Number.isInteger(value) && writtenAsFloat) {
    return { advice: `Write it without the decimal point: ${value}.`, patch: { [name]: value } };
  }
  if (typeof value === 'string') return convertText(field, shapes, value);
  if (shapes.includes('bool') && (value === 0 || value === 1)) {
    return { advice: 'Use true or false rather than a number.', patch: { [name]: value === 1 } };
  }
  if (shapes.includes('string') && typeof value === 'number' && field.kind === 'string') {
    return { advice: 'Put the value in quotes so it is passed as text.', patch: { [name]: String(value) } };
  }
  if (name === 'report_to' && value === null) {
    return { advice: 'In v5 None is not "no tracking": it becomes [None], which the Trainer rejects. Use "none" to turn reporting off.', patch: { [name]: 'none' } };
  }
  return undefined;
}

function convertText(field: FieldDef, shapes: readonly Shape[], text: string): Conversion | undefined {
  const name = field.name;
  const number = parseNumberText(text);
  if (number && shapes.includes('int') && Number.isInteger(number.value)) {
    return { advice: `Remove the quotes: write ${number.value}, not "${text}".`, patch: { [name]: number.value } };
  }
  if (number && shapes.includes('number')) {
    return { advice: `Remove the quotes: write ${number.value}, not "${text}".`, patch: { [name]: number.value } };
  }
  const word = text.trim().toLowerCase();
  if (shapes.includes('bool') && (word === 'true' || word === 'false')) {
    return {
      advice: `Use true or false without quotes: Python treats any non-empty text, even "false", as true.`,
      patch: { [name]: word === 'true' },
    };
  }
  if (shapes.includes('list') && !shapes.includes('string')) {
    const items = text.split(/[\s,]+/).filter((item) => item !== '');
    if (items.length > 0) return { advice: 'Give a list, even for a single name.', patch: { [name]: items } };
  }
  return undefined;
}

function generalAdvice(field: FieldDef): string {
  const shapes = acceptedShapes(field);
  // The default makes a good example unless it is a sentinel such as max_steps = -1.
  const example = typeof field.default === 'number' && field.default > 0 ? field.default : Math.max(field.min ?? 1, 1);
  if (shapes.length === 0) return 'Build it in your Python code and leave it unset here.';
  if (shapes.includes('int')) return `Enter a whole number such as ${Math.ceil(example)}.`;
  if (shapes.includes('number')) return `Enter a number such as ${pythonText(example)}.`;
  if (field.kind === 'enum' && field.choices) return 'Pick one of the listed choices.';
  if (shapes.includes('bool')) return 'Choose true or false.';
  if (shapes.includes('dict')) return 'Enter a JSON object such as {"key": 1}.';
  if (shapes.includes('list')) return 'Enter a list of strings such as ["a", "b"].';
  return 'Enter it as text in quotes.';
}

