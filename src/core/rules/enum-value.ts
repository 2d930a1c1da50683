import type { PyValue } from '../py/py-value';
import { HUB_STRATEGIES, INTERVAL_STRATEGIES, OPTIMIZER_NAMES, SAVE_STRATEGIES, SCHEDULER_TYPES } from '../registry/enums';
import { defineRule, type Finding } from './define-rule';
import { didYouMean } from './did-you-mean';
import { enumErrorText } from './enum-words';

/** The enum each field is converted to in `__post_init__`, in the library's order. */
const ENUM_FIELDS: readonly (readonly [field: string, enumName: string, values: readonly string[]])[] = [
  ['eval_strategy', 'IntervalStrategy', INTERVAL_STRATEGIES],
  ['logging_strategy', 'IntervalStrategy', INTERVAL_STRATEGIES],
  ['save_strategy', 'SaveStrategy', SAVE_STRATEGIES],
  ['hub_strategy', 'HubStrategy', HUB_STRATEGIES],
  ['lr_scheduler_type', 'SchedulerType', SCHEDULER_TYPES],
  ['optim', 'OptimizerNames', OPTIMIZER_NAMES],
];

/** Mirrors the enum conversions of `__post_init__`: an unknown value raises `ValueError` there. */
export const enumValue = defineRule({
  id: 'schema-enum',
  fields: ENUM_FIELDS.map(([field]) => field),
  severity: 'error',
  source: 'library',
  description: 'Strategy, scheduler and optimizer names must be values of the library enums (exact spelling, lower case).',
  check: ({ resolved }) => ENUM_FIELDS.flatMap(([field, enumName, values]) => checkOne(field, enumName, values, resolved[field])),
});

function checkOne(field: string, enumName: string, values: readonly string[], value: PyValue | undefined): Finding[] {
  if (typeof value !== 'string' || values.includes(value)) return [];
  const suggestion = didYouMean(value, values);
  const library = enumErrorText(value, enumName, values);
  const removed = field === 'optim' && value === 'adamw_hf' ? ' The old "adamw_hf" optimizer was removed; "adamw_torch" is its replacement.' : '';
  return [
    {
      fields: [field],
      message: `${field}: "${value}" is not a valid choice.${removed}${suggestion ? ` Did you mean "${suggestion}"?` : ` Pick one of ${values.join(', ')}.`} The library raises: ${library}`,
      ...(suggestion ? { fix: { label: `Set ${field} to "${suggestion}"`, patch: { [field]: suggestion } } } : {}),
    },
  ];
}
