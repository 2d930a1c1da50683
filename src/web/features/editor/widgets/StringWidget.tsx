import { TextInput } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { LazySuggestWidget } from './LazySuggestWidget';
import { textInputProps } from './text-input-props';
import type { WidgetProps } from './widget-props';

/** Plain text; fields with common values offer them as suggestions while still accepting anything. */
export function StringWidget(props: WidgetProps) {
  const { t } = useLocale();
  if (props.field.suggestions && props.field.suggestions.length > 0) return <LazySuggestWidget {...props} />;
  return <TextInput {...textInputProps(props, t)} onChange={(event) => props.onChange(event.currentTarget.value)} />;
}
