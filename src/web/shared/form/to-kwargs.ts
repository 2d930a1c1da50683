import { inputIssue } from '@/core/check/input-messages';
import { message as inputMessage, type Message } from '@/core/i18n/messages/message';
import { parseJson } from '@/core/py/parse-json';
import type { Kwargs, PyValue } from '@/core/py/py-value';
import { getField } from '@/core/registry/registry';
import type { FieldLookup } from '@/web/shared/schema/schema';
import type { SectionedField } from '@/core/registry/registry';
import type { Issue } from '@/core/rules/define-rule';
import type { FormValues, RawValue } from './form-values';
import { isSet } from './form-values';
import { parseNumber } from './parse-number';
import { canKeepUnknown } from './unknown-keys';

/** Rule id of the issue raised here, before core, when a dict field holds broken JSON. */
export const JSON_SYNTAX_RULE = 'web-json-syntax';

export interface FormKwargs {
  readonly kwargs: Kwargs;
  /** Problems core never sees because the text could not be turned into a value at all. */
  readonly inputIssues: readonly Issue[];
}

/**
 * Turns raw form values into keyword arguments. Text that is not a number stays a string so core's
 * schema rule reports it in its own words; only unparseable JSON is held back (and reported here).
 */
export function toKwargs(values: FormValues, lookup: FieldLookup = getField): FormKwargs {
  const out: Record<string, PyValue> = {};
  const floatWritten: string[] = [];
  const inputIssues: Issue[] = [];
  for (const [name, raw] of Object.entries(values)) {
    if (raw === undefined || !isSet(raw)) continue;
    const field = lookup(name);
    if (!field) {
      // An unknown keyword kept from an import: passed on so the check names it (and offers a rename).
      const unknown = typeof raw === 'string' && canKeepUnknown(name) ? convertUnknown(name, raw) : undefined;
      if (unknown?.kind === 'value') {
        out[name] = unknown.value;
        floatWritten.push(...unknown.floatPaths);
      }
      continue;
    }
    const converted = convert(field, raw);
    if (converted.kind === 'skip') continue;
    if (converted.kind === 'error') {
      inputIssues.push(inputIssue(JSON_SYNTAX_RULE, [name], converted.text));
      continue;
    }
    out[name] = converted.value;
    floatWritten.push(...converted.floatPaths);
  }
  return { kwargs: { values: out, floatWritten: new Set(floatWritten) }, inputIssues };
}

type Converted =
  | { readonly kind: 'value'; readonly value: PyValue; readonly floatPaths: readonly string[] }
  | { readonly kind: 'error'; readonly text: Message }
  | { readonly kind: 'skip' };

function value(v: PyValue, floatPaths: readonly string[] = []): Converted {
  return { kind: 'value', value: v, floatPaths };
}

function convert(field: SectionedField, raw: NonNullable<RawValue> | null): Converted {
  if (raw === null) return value(null);
  if (typeof raw === 'boolean') return value(raw);
  if (Array.isArray(raw)) {
    // Number lists (TRL's loss_weights) are typed as text items; each becomes the number it spells.
    if (field.items !== 'number') return value([...raw]);
    const numbers = raw.map((item) => parseNumber(item));
    const floats = numbers.flatMap((n, i) => (n?.floatWritten ? [`${field.name}[${i}]`] : []));
    return value(
      raw.map((item, i) => numbers[i]?.value ?? item),
      floats,
    );
  }
  const text = raw;
  // Typing None is how a nullable field with a non-None default is set to None.
  if (field.nullable && text.trim() === 'None') return value(null);
  switch (field.kind) {
    case 'int':
    case 'float': {
      const parsed = parseNumber(text);
      if (!parsed) return value(text);
      return value(parsed.value, parsed.floatWritten ? [field.name] : []);
    }
    case 'enum':
      if (field.pyType.includes('bool') && (text === 'True' || text === 'False')) return value(text === 'True');
      return value(text);
    case 'dict':
      return convertDict(field.name, text);
    case 'object':
      return { kind: 'skip' };
    default:
      return value(text);
  }
}

function convertDict(name: string, text: string): Converted {
  // The library reads a string that does not start with "{" as a path to a JSON file.
  if (!text.trim().startsWith('{')) return value(text.trim());
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const { message, line, column } = parsed.error;
    // The parser's own words stay English in every language, as in the core's JSON messages.
    return { kind: 'error', text: inputMessage('input.json-syntax', { line, column, detail: message }) };
  }
  const paths = [...parsed.floatWritten].map((p) => (p ? `${name}.${p}` : name));
  return value(parsed.value, paths);
}

/** Reads back what `unknownToRaw` wrote: JSON text, its floats written as floats. */
function convertUnknown(name: string, raw: string): Converted {
  const parsed = parseJson(raw);
  if (!parsed.ok) return { kind: 'skip' };
  const paths = [...parsed.floatWritten].map((p) => (p === '' ? name : p.startsWith('[') ? `${name}${p}` : `${name}.${p}`));
  return value(parsed.value, paths);
}
