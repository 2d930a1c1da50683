import { RichText } from '@/web/shared/ui/RichText';
import type { WidgetProps } from './widget-props';
import classes from './widgets.module.css';

/**
 * The summary as a Mantine input's own description, so the input's aria-describedby names it (and the
 * error, when there is one) instead of Mantine replacing ours.
 */
export function summaryProps({ description, descriptionId }: Pick<WidgetProps, 'description' | 'descriptionId'>) {
  return {
    description: <RichText text={description} />,
    descriptionProps: { id: descriptionId, title: description },
    classNames: { input: classes.mono, description: classes.summary, error: classes.fieldError },
  };
}
