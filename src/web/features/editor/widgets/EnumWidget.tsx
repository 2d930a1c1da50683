import { Select } from '@mantine/core';
import { normalizeChoice } from '@/web/shared/form/to-raw';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { CHOICE_REQUIREMENTS } from './choice-details';
import { ChoiceOption } from './ChoiceOption';
import { summaryProps } from './summary-props';
import type { WidgetProps } from './widget-props';

/** Searchable select; a field typed `str | bool` also offers True and False. */
export function EnumWidget({ field, id, description, descriptionId, value, onChange, onBlur, error }: WidgetProps) {
  const { t } = useLocale();
  const takesBool = field.pyType.includes('bool');
  const options = [...(field.choices ?? []), ...(takesBool ? ['True', 'False'] : [])];
  const fallback = typeof field.default === 'string' ? field.default : null;
  const current = typeof value === 'string' ? value : fallback;
  const requirements = CHOICE_REQUIREMENTS[field.name];
  return (
    <Select
      id={id}
      size="xs"
      searchable
      data={options}
      value={current}
      allowDeselect={false}
      clearable={field.default === null && current !== null}
      placeholder={fallback ?? 'None'}
      nothingFoundMessage={t('Nothing found')}
      maxDropdownHeight={300}
      comboboxProps={{ width: requirements ? 360 : undefined, position: 'bottom-start' }}
      renderOption={({ option, checked }) => <ChoiceOption value={option.value} requires={requirements?.[option.value]} checked={checked === true} />}
      onChange={(next) => onChange(next === null ? undefined : normalizeChoice(field, next))}
      onBlur={onBlur}
      error={error}
      {...summaryProps({ description, descriptionId })}
    />
  );
}
