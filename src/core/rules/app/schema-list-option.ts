import { hasVersionRange, type VersionRange } from '../../target/target';
import type { PyValue } from '../../py/py-value';
import { DEBUG_OPTIONS, FSDP_OPTIONS } from '../../registry/enums';
import { message } from '../../i18n/messages/message';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { patchFix } from '../schema-format';

/** Fields whose string form the library splits and converts to an enum, while a list is kept as given. */
const LIST_OPTIONS: readonly (readonly [field: ListOptionField, options: readonly string[], range: VersionRange])[] = [
  // From 5.15 the library translates every fsdp list item itself (fsdp-legacy-option).
  ['fsdp', FSDP_OPTIONS, { until: '5.15' }],
  ['debug', DEBUG_OPTIONS, {}],
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
  stage: 'schema',
  messages: ['schema-list-option'],
  description: 'Items of an fsdp or debug list are known options (the library checks only the string form).',
  check: ({ input, target }) =>
    LIST_OPTIONS.filter(([, , range]) => hasVersionRange(target, range)).flatMap(([field, options]) => checkList(field, options, input.values[field])),
});

/** The list fields whose items are options the library converts only in the string form. */
export type ListOptionField = 'fsdp' | 'debug';

function checkList(field: ListOptionField, options: readonly string[], value: PyValue | undefined): Finding<'schema-list-option'>[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return [];
  const unknown = value.filter((item) => !options.includes(item));
  if (unknown.length === 0) return [];
  const repaired = [...new Set(value.flatMap((item) => repairItem(item, options)))];
  return [
    {
      fields: [field],
      text: message('schema-list-option', { field, options, unknown: unknown.map((item) => ({ item, repaired: repairItem(item, options) })) }),
      // Emptying the list would switch the feature off, which is a choice the user should make.
      ...(repaired.length > 0 ? { fix: patchFix({ [field]: repaired }) } : {}),
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

declare module '../../i18n/messages/message' {
  interface MessageParams {
    /** `repaired`: the options an unknown item stands for (several when it holds them space-separated, none when nothing is close). */
    'schema-list-option': {
      readonly field: ListOptionField;
      readonly options: readonly string[];
      readonly unknown: readonly { readonly item: string; readonly repaired: readonly string[] }[];
    };
  }
}
