import { Textarea } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { summaryProps } from './summary-props';
import type { WidgetProps } from './widget-props';
import { displayText } from './display-text';

/** JSON for a dict (parse errors with line and column come back as the field's error), or a file path. */
export function DictWidget({ id, description, descriptionId, value, onChange, onBlur, error }: WidgetProps) {
  const { t } = useLocale();
  return (
    <Textarea
      id={id}
      size="xs"
      autosize
      minRows={2}
      maxRows={14}
      spellCheck={false}
      autoComplete="off"
      placeholder={`{ }  ${t('JSON object, or a path to a JSON file')}`}
      value={displayText(value)}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      {...summaryProps({ description, descriptionId })}
    />
  );
}
