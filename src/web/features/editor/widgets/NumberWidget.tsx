import { TextInput } from '@mantine/core';
import { formatFieldValue } from '@/web/shared/format/format-value';
import { summaryProps } from './summary-props';
import type { WidgetProps } from './widget-props';
import { displayText } from './display-text';

/** Free text so `5e-5`, `0.1` and `5.0` are kept as typed; conversion and checks happen downstream. */
export function NumberWidget({ field, id, description, descriptionId, value, onChange, onBlur, error }: WidgetProps) {
  return (
    <TextInput
      id={id}
      size="xs"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      placeholder={formatFieldValue(field.name, field.default)}
      value={displayText(value)}
      onChange={(event) => onChange(event.currentTarget.value)}
      onBlur={onBlur}
      error={error}
      {...summaryProps({ description, descriptionId })}
    />
  );
}
