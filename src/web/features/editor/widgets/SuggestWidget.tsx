import { Autocomplete } from '@mantine/core';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { textInputProps } from './text-input-props';
import type { WidgetProps } from './widget-props';

/** Free text with the field's common values offered as you type (torch.compile backends and modes). */
export function SuggestWidget(props: WidgetProps) {
  const { t } = useLocale();
  return <Autocomplete {...textInputProps(props, t)} data={[...(props.field.suggestions ?? [])]} onChange={props.onChange} />;
}
