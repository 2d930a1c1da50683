import type { PyValue } from '../../py/py-value';
import { getField } from '../../registry/registry';
import { defineRule, type Finding } from '../define-rule';
import { didYouMean } from '../did-you-mean';
import { enumErrorText } from '../enum-words';
import { code, eun, libraryRaisesKo, setToKo } from '../ko-text';

/** The enum each field is converted to in `__post_init__`, in the library's order. */
const ENUM_FIELDS: readonly (readonly [field: string, enumName: string])[] = [
  ['eval_strategy', 'IntervalStrategy'],
  ['logging_strategy', 'IntervalStrategy'],
  ['save_strategy', 'SaveStrategy'],
  ['hub_strategy', 'HubStrategy'],
  ['lr_scheduler_type', 'SchedulerType'],
  ['optim', 'OptimizerNames'],
];

/** Values that a release dropped from its enum, with what replaces them. */
const DROPPED: Readonly<Record<string, { readonly en: string; readonly ko: string }>> = {
  adamw_hf: { en: 'The old "adamw_hf" optimizer was removed; "adamw_torch" is its replacement.', ko: '예전 `"adamw_hf"` 옵티마이저는 제거되었고, `"adamw_torch"`가 그 대체입니다.' },
  adamw_apex_fused: {
    en: 'The apex fused AdamW was removed in transformers 5.15; "adamw_torch_fused" is the fused AdamW of PyTorch itself.',
    ko: 'apex fused AdamW는 transformers 5.15에서 제거되었습니다. PyTorch 자체의 fused AdamW인 `"adamw_torch_fused"`를 쓰세요.',
  },
};

/** Mirrors the enum conversions of `__post_init__`: an unknown value raises `ValueError` there. */
export const enumValue = defineRule({
  id: 'schema-enum',
  fields: ENUM_FIELDS.map(([field]) => field),
  severity: 'error',
  source: 'library',
  stage: 'schema',
  description: 'Strategy, scheduler and optimizer names must be values of the library enums (exact spelling, lower case).',
  // The value as given: 4.x's adafactor=True replaces optim only after the conversion has checked it.
  check: ({ input, resolved, target }) =>
    ENUM_FIELDS.flatMap(([field, enumName]) =>
      checkOne(field, enumName, getField(field, target)?.choices ?? [], Object.hasOwn(input.values, field) ? input.values[field] : resolved[field]),
    ),
});

function checkOne(field: string, enumName: string, values: readonly string[], value: PyValue | undefined): Finding[] {
  if (typeof value !== 'string' || values.includes(value)) return [];
  const suggestion = didYouMean(value, values);
  const library = enumErrorText(value, enumName, values);
  const dropped = field === 'optim' ? DROPPED[value] : undefined;
  const removed = dropped ? ` ${dropped.en}` : '';
  const removedKo = dropped ? ` ${dropped.ko}` : '';
  return [
    {
      fields: [field],
      message: `${field}: "${value}" is not a valid choice.${removed}${suggestion ? ` Did you mean "${suggestion}"?` : ` Pick one of ${values.join(', ')}.`} The library raises: ${library}`,
      messageKo: `${code(field)}: ${eun(code(`"${value}"`))} 쓸 수 있는 값이 아닙니다.${removedKo}${suggestion ? ` 혹시 ${code(`"${suggestion}"`)}인가요?` : ` 다음 중 하나를 고르세요: ${values.join(', ')}.`} ${libraryRaisesKo(library)}`,
      ...(suggestion ? { fix: { label: `Set ${field} to "${suggestion}"`, labelKo: setToKo(field, `"${suggestion}"`), patch: { [field]: suggestion } } } : {}),
    },
  ];
}
