import type { UiKey } from '@/web/shared/i18n/ui-text';
import { displayText } from './display-text';
import type { WidgetProps } from './widget-props';
import { summaryProps } from './summary-props';

/** Props shared by the plain and the suggesting text input. */
export function textInputProps({ field, id, description, descriptionId, value, onBlur, error }: WidgetProps, t: (key: UiKey) => string) {
  const canBeNone = field.nullable === true && field.default !== null;
  return {
    id,
    size: 'xs' as const,
    autoComplete: 'off',
    spellCheck: false,
    placeholder: typeof field.default === 'string' ? field.default : 'None',
    value: displayText(value),
    onBlur,
    error,
    title: canBeNone ? t('Type None for None') : undefined,
    ...summaryProps({ description, descriptionId }),
  };
}
