import { message } from '../../i18n/messages/message';
import type { PyValue } from '../../py/py-value';
import { getField } from '../../registry/registry';
import { defineRule, type Finding } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { enumErrorText } from '../enum-words';

/** The enum each field is converted to in `__post_init__`, in the library's order. */
const ENUM_FIELDS: readonly (readonly [field: string, enumName: string])[] = [
  ['eval_strategy', 'IntervalStrategy'],
  ['logging_strategy', 'IntervalStrategy'],
  ['save_strategy', 'SaveStrategy'],
  ['hub_strategy', 'HubStrategy'],
  ['lr_scheduler_type', 'SchedulerType'],
  ['optim', 'OptimizerNames'],
];

/** Optimizer names that a release dropped from its enum; the catalogues say what replaces each. */
export const DROPPED_OPTIMIZERS = ['adamw_hf', 'adamw_apex_fused'] as const;
export type DroppedOptimizer = (typeof DROPPED_OPTIMIZERS)[number];

function droppedOptimizer(field: string, value: string): DroppedOptimizer | undefined {
  return field === 'optim' ? DROPPED_OPTIMIZERS.find((name) => name === value) : undefined;
}

/** Mirrors the enum conversions of `__post_init__`: an unknown value raises `ValueError` there. */
export const enumValue = defineRule({
  id: 'schema-enum',
  fields: ENUM_FIELDS.map(([field]) => field),
  severity: 'error',
  source: 'library',
  stage: 'schema',
  messages: ['schema-enum', 'schema-enum.fix'],
  description: 'Strategy, scheduler and optimizer names must be values of the library enums (exact spelling, lower case).',
  // The value as given: 4.x's adafactor=True replaces optim only after the conversion has checked it.
  check: ({ input, resolved, target }) =>
    ENUM_FIELDS.flatMap(([field, enumName]) =>
      checkOne(field, enumName, getField(field, target)?.choices ?? [], Object.hasOwn(input.values, field) ? input.values[field] : resolved[field]),
    ),
});

function checkOne(field: string, enumName: string, values: readonly string[], value: PyValue | undefined): Finding<'schema-enum'>[] {
  if (typeof value !== 'string' || values.includes(value)) return [];
  const suggestion = didYouMean(value, values);
  const library = enumErrorText(value, enumName, values);
  const dropped = droppedOptimizer(field, value);
  return [
    {
      fields: [field],
      text: message('schema-enum', { field, value, dropped, suggestion, values, library }),
      ...(suggestion ? { fix: { text: message('schema-enum.fix', { field, suggestion }), patch: { [field]: suggestion } } } : {}),
    },
  ];
}

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'schema-enum': {
      readonly field: string;
      readonly value: string;
      readonly dropped: DroppedOptimizer | undefined;
      readonly suggestion: string | undefined;
      readonly values: readonly string[];
      readonly library: string;
    };
    'schema-enum.fix': { readonly field: string; readonly suggestion: string };
  }
}
