import type { PyValue } from '../py/py-value';
import { DEBUG_OPTIONS, FSDP_OPTIONS } from '../registry/enums';
import type { Finding } from './define-rule';
import { defineRule } from './define-rule';
import { didYouMean } from './did-you-mean';
import { describePatch, listChoices, quote } from './schema-format';

/** Fields whose string form the library splits and converts to an enum, while a list is kept as given. */
const LIST_OPTIONS: readonly (readonly [field: string, options: readonly string[], what: string])[] = [
  ['fsdp', FSDP_OPTIONS, 'FSDP option'],
  ['debug', DEBUG_OPTIONS, 'debug option'],
];

/**
 * Unknown items in `fsdp` and `debug` lists. The library converts (and so checks) these options only
 * when they are given as one space-separated string; a list reaches the Trainer unchecked, where an
 * unknown item is silently ignored.
 */
export const schemaListOption = defineRule({
  id: 'schema-list-option',
  fields: LIST_OPTIONS.map(([field]) => field),
  severity: 'error',
  source: 'app',
  description: 'Items of an fsdp or debug list are known options (the library checks only the string form).',
  check: ({ input }) => LIST_OPTIONS.flatMap(([field, options, what]) => checkList(field, options, what, input.values[field])),
});

function checkList(field: string, options: readonly string[], what: string, value: PyValue | undefined): Finding[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return [];
  const unknown = value.filter((item) => !options.includes(item));
  if (unknown.length === 0) return [];
  const repaired = [...new Set(value.flatMap((item) => repairItem(item, options)))];
  const described = unknown.map((item) => describeItem(item, options)).join('; ');
  return [
    {
      fields: [field],
      message: `${field} has ${unknown.length === 1 ? `an unknown ${what}` : `unknown ${what}s`}: ${described}. Valid: ${listChoices(options, options.length)}. A list is passed on without being checked, and the Trainer silently ignores items it does not know.`,
      // Emptying the list would switch the feature off, which is a choice the user should make.
      ...(repaired.length > 0 ? { fix: { label: describePatch({ [field]: repaired }), patch: { [field]: repaired } } } : {}),
    },
  ];
}

/** The valid options an item stands for: itself, its words when it is a space-separated string, its closest option, or nothing. */
function repairItem(item: string, options: readonly string[]): string[] {
  if (options.includes(item)) return [item];
  const words = item.split(/\s+/).filter((word) => word !== '');
  if (words.length > 1 && words.every((word) => options.includes(word))) return words;
  const suggestion = didYouMean(item, options);
  return suggestion ? [suggestion] : [];
}

function describeItem(item: string, options: readonly string[]): string {
  const repaired = repairItem(item, options);
  if (repaired.length > 1) return `${quote(item)} holds several options in one item; list them separately`;
  return repaired[0] ? `${quote(item)} (did you mean ${quote(repaired[0])}?)` : `${quote(item)} is not an option`;
}
