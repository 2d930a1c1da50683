import type { PyValue } from '../../py/py-value';
import type { FieldDef } from '../../registry/define-field';
import { fieldsFor, getField } from '../../registry/registry';
import { perTarget, TARGETS } from '../../target/target';
import { message } from '../../i18n/messages/message';
import type { Finding, RuleFix } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { patchFix } from '../schema-format';

/**
 * Single-name fields with documented choices that nothing checks before training starts (the enums `__post_init__`
 * converts itself have `choiceCheck: 'library-enum'`: the library rules own them).
 */
const choiceFields = perTarget((target) => fieldsFor(target).filter((f) => f.kind === 'enum' && f.choices && f.choiceCheck === undefined));
/**
 * List fields whose items must come from the documented choices; the options the library splits and checks
 * (`library-split`, schema-list-option's) and the tracker names (`trackers`, below) have checks of their own.
 */
const itemFields = perTarget((target) => fieldsFor(target).filter((f) => f.kind === 'list' && f.choices && f.choiceCheck === undefined));

/** What `report_to` accepts in the target: "all", "none" and the integrations its Trainer knows. */
interface Trackers {
  readonly choices: readonly string[];
  readonly integrations: readonly string[];
}
const trackersOf = perTarget((target): Trackers => {
  const choices = getField('report_to', target)?.choices ?? [];
  return { choices, integrations: choices.filter((name) => name !== 'all' && name !== 'none') };
});

/**
 * Names outside the documented choices, for the fields the library does not check itself:
 * log levels, DDP backend, sampling strategy, token counting mode, include_for_metrics items and tracker names.
 */
export const schemaChoice = defineRule({
  id: 'schema-choice',
  fields: [...new Set(TARGETS.flatMap((t) => [...choiceFields(t), ...itemFields(t)].map((f) => f.name)))].concat('report_to'),
  severity: 'error',
  source: 'app',
  stage: 'schema',
  messages: [
    'schema-choice',
    'schema-choice.fix',
    'schema-choice.items',
    'schema-choice.report-to',
    'schema-choice.report-to-split',
    'schema-choice.report-to-unknown',
  ],
  description:
    'Log levels, DDP backend, sampling strategy, token-count mode, precision backend, metric inputs and tracker names are among the documented choices.',
  check: ({ input, target }) => {
    const findings: Finding<ChoiceCode>[] = [];
    for (const field of choiceFields(target)) {
      const value = input.values[field.name];
      if (typeof value === 'string') findings.push(...singleChoice(field, value));
    }
    for (const field of itemFields(target)) {
      const value = input.values[field.name];
      if (isStringList(value)) findings.push(...listItems(field, value));
    }
    findings.push(...reportTo(input.values.report_to, trackersOf(target)));
    return findings;
  },
});

type ChoiceCode = 'schema-choice' | 'schema-choice.items' | 'schema-choice.report-to' | 'schema-choice.report-to-split' | 'schema-choice.report-to-unknown';

function singleChoice(field: FieldDef, value: string): Finding<ChoiceCode>[] {
  const choices = field.choices ?? [];
  if (choices.includes(value)) return [];
  const suggestion = didYouMean(value, choices) ?? null;
  return [
    {
      fields: [field.name],
      text: message('schema-choice', { field: field.name, value, choices, suggestion }),
      ...(suggestion ? { fix: choiceFix(field.name, suggestion) } : {}),
    },
  ];
}

function listItems(field: FieldDef, items: readonly string[]): Finding<ChoiceCode>[] {
  const choices = field.choices ?? [];
  const unknown = items.filter((item) => !choices.includes(item));
  if (unknown.length === 0) return [];
  return [
    {
      fields: [field.name],
      text: message('schema-choice.items', { field: field.name, choices, unknown: unknownItems(unknown, choices) }),
      fix: patchFix({ [field.name]: repairList(items, choices) }),
    },
  ];
}

function reportTo(value: PyValue | undefined, trackers: Trackers): Finding<ChoiceCode>[] {
  if (typeof value === 'string') return reportToText(value, trackers);
  if (!isStringList(value)) return [];
  // "all" and "none" are only understood on their own; inside a longer list the Trainer treats them as tracker names.
  if (value.length === 1 && (value[0] === 'all' || value[0] === 'none')) return [];
  const unknown = value.filter((item) => !trackers.integrations.includes(item));
  if (unknown.length === 0) return [];
  const repaired = repairList(value, trackers.integrations);
  const special = unknown.some((item) => item === 'all' || item === 'none');
  return [
    {
      fields: ['report_to'],
      text: message('schema-choice.report-to', { unknown: unknownItems(unknown, trackers.integrations), special }),
      // Dropping every tracker would turn reporting off, which is the user's call, not a repair.
      ...(repaired.length > 0 ? { fix: patchFix({ report_to: repaired }) } : {}),
    },
  ];
}

function reportToText(value: string, { choices, integrations }: Trackers): Finding<ChoiceCode>[] {
  if (choices.includes(value)) return [];
  const parts = value.split(/[\s,;]+/).filter((part) => part !== '');
  if (parts.length > 1) {
    const named = parts.map((part) => (integrations.includes(part) ? part : didYouMean(part, integrations)));
    if (named.every((name): name is string => name !== undefined)) {
      const list = [...new Set(named)];
      return [{ fields: ['report_to'], text: message('schema-choice.report-to-split', { value, list }), fix: patchFix({ report_to: list }) }];
    }
  }
  const suggestion = didYouMean(value, choices) ?? null;
  return [
    {
      fields: ['report_to'],
      text: message('schema-choice.report-to-unknown', { value, suggestion, choices }),
      ...(suggestion ? { fix: choiceFix('report_to', suggestion) } : {}),
    },
  ];
}

/** Swaps the value for the suggested choice. */
function choiceFix(field: string, suggestion: string): RuleFix {
  return { text: message('schema-choice.fix', { suggestion }), patch: { [field]: suggestion } };
}

/** Each unknown item with its closest choice, or null. */
function unknownItems(unknown: readonly string[], choices: readonly string[]): UnknownItem[] {
  return unknown.map((item) => ({ item, suggestion: didYouMean(item, choices) ?? null }));
}

function isStringList(value: PyValue | undefined): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Keeps valid items, swaps each misspelt one for its closest choice, drops the rest, without duplicates.
 * @example repairList(['tensorbord', 'foo'], ['tensorboard', 'wandb']) // ['tensorboard']
 */
export function repairList(items: readonly string[], choices: readonly string[]): string[] {
  const kept = items.flatMap((item) => {
    if (choices.includes(item)) return [item];
    const suggestion = didYouMean(item, choices);
    return suggestion ? [suggestion] : [];
  });
  return [...new Set(kept)];
}

/** A name outside the choices and the closest choice to it, if any. */
export interface UnknownItem {
  readonly item: string;
  readonly suggestion: string | null;
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** A single name outside `choices`; the catalogues add what an unknown name of `field` leads to. */
    'schema-choice': { readonly field: string; readonly value: string; readonly choices: readonly string[]; readonly suggestion: string | null };
    'schema-choice.fix': { readonly suggestion: string };
    'schema-choice.items': { readonly field: string; readonly choices: readonly string[]; readonly unknown: readonly UnknownItem[] };
    /** Unknown tracker names in a report_to list; `special`: "all" or "none" inside a list. */
    'schema-choice.report-to': { readonly unknown: readonly UnknownItem[]; readonly special: boolean };
    /** Several trackers in one report_to string, and the list they stand for. */
    'schema-choice.report-to-split': { readonly value: string; readonly list: readonly string[] };
    'schema-choice.report-to-unknown': { readonly value: string; readonly suggestion: string | null; readonly choices: readonly string[] };
  }
}
