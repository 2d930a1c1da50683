import { RichText } from '@/web/shared/ui/RichText';
import classes from './widgets.module.css';

interface FieldSummaryProps {
  readonly id: string;
  readonly text: string;
}

/** The summary for widgets that are not Mantine text inputs (switch, tri-state). */
export function FieldSummary({ id, text }: FieldSummaryProps) {
  return (
    <p id={id} className={classes.summary} title={text}>
      <RichText text={text} />
    </p>
  );
}
