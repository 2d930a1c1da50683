import { hasVersionRange, type VersionRange } from '../../target/target';
import type { PyValue } from '../../py/py-value';
import { DEBUG_OPTIONS, FSDP_OPTIONS } from '../../registry/enums';
import type { Finding } from '../define-rule';
import { defineRule } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { code } from '../ko-text';
import { listChoices, listChoicesKo, patchFix, quote } from '../schema-format';

/** Fields whose string form the library splits and converts to an enum, while a list is kept as given. */
const LIST_OPTIONS: readonly (readonly [field: string, options: readonly string[], what: string, whatKo: string, range: VersionRange])[] = [
  // From 5.15 the library translates every fsdp list item itself (fsdp-legacy-option).
  ['fsdp', FSDP_OPTIONS, 'FSDP option', 'FSDP 옵션', { until: '5.15' }],
  ['debug', DEBUG_OPTIONS, 'debug option', 'debug 옵션', {}],
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
  description: 'Items of an fsdp or debug list are known options (the library checks only the string form).',
  check: ({ input, target }) =>
    LIST_OPTIONS.filter(([, , , , range]) => hasVersionRange(target, range)).flatMap(([field, options, what, whatKo]) =>
      checkList(field, options, [what, whatKo], input.values[field]),
    ),
});

function checkList(field: string, options: readonly string[], [what, whatKo]: readonly [string, string], value: PyValue | undefined): Finding[] {
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) return [];
  const unknown = value.filter((item) => !options.includes(item));
  if (unknown.length === 0) return [];
  const repaired = [...new Set(value.flatMap((item) => repairItem(item, options)))];
  const described = unknown.map((item) => describeItem(item, options)).join('; ');
  const describedKo = unknown.map((item) => describeItemKo(item, options)).join('; ');
  return [
    {
      fields: [field],
      message: `${field} has ${unknown.length === 1 ? `an unknown ${what}` : `unknown ${what}s`}: ${described}. Valid: ${listChoices(options, options.length)}. A list is passed on without being checked, and the Trainer silently ignores items it does not know.`,
      messageKo: `${code(field)}에 알 수 없는 ${whatKo}이 있습니다: ${describedKo}. 가능한 값: ${listChoicesKo(options, options.length)}. 리스트는 검사 없이 그대로 전달되고, Trainer는 모르는 항목을 조용히 무시합니다.`,
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

function describeItem(item: string, options: readonly string[]): string {
  const repaired = repairItem(item, options);
  if (repaired.length > 1) return `${quote(item)} holds several options in one item; list them separately`;
  return repaired[0] ? `${quote(item)} (did you mean ${quote(repaired[0])}?)` : `${quote(item)} is not an option`;
}

function describeItemKo(item: string, options: readonly string[]): string {
  const repaired = repairItem(item, options);
  if (repaired.length > 1) return `${code(quote(item))}: 한 항목에 옵션 여러 개가 들어 있습니다. 하나씩 따로 나열하세요`;
  return repaired[0] ? `${code(quote(item))}(혹시 ${code(quote(repaired[0]))}인가요?)` : `${code(quote(item))}: 없는 옵션입니다`;
}
