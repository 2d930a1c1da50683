import { useLocale } from '@/web/shared/i18n/use-locale';
import { Icon } from '@/web/shared/ui/Icon';
import { scheduleErrorText } from './schedule-texts';
import type { SnapshotError } from './schedule-snapshot';
import classes from './schedule.module.css';

interface ScheduleProblemProps {
  readonly title: string;
  readonly error: SnapshotError;
}

/** Why (part of) the schedule cannot be worked out, in the issue list's style. */
export function ScheduleProblem({ title, error }: ScheduleProblemProps) {
  const { t, language } = useLocale();
  return (
    <div className={classes.problem} role="note">
      <Icon name="warning" size={16} />
      <div>
        <div className={classes.problemTitle}>{title}</div>
        <div className={classes.problemText}>{t(scheduleErrorText(error.code))}</div>
        {/* The exact values, as the CLI prints them; in English only, where it is not a repeat in another language. */}
        {language === 'en' ? (
          <div className={classes.problemText}>{error.message}</div>
        ) : (
          <code className={classes.problemText}>{error.fields.join(', ')}</code>
        )}
      </div>
    </div>
  );
}
