import { TextInput } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { summaryProps } from './summary-props';
import type { WidgetProps } from './widget-props';

/** A Python object with no literal form (`ParallelismConfig`): shown, but only settable in code. */
export function ObjectWidget({ field, id, description, descriptionId }: WidgetProps) {
  const { t } = useLocale();
  return (
    <TextInput
      id={id}
      size="xs"
      disabled
      value=""
      placeholder={`${field.pyType} — ${t('Set in Python code')}`}
      {...summaryProps({ description, descriptionId })}
    />
  );
}
