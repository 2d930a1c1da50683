import { Icon } from '@/web/shared/ui/Icon';
import type { SnapshotError } from './schedule-snapshot';
import classes from './schedule.module.css';

interface ScheduleProblemProps {
  readonly title: string;
  readonly error: SnapshotError;
}

/** Why (part of) the schedule cannot be worked out, in the issue list's style. */
export function ScheduleProblem({ title, error }: ScheduleProblemProps) {
  return (
    <div className={classes.problem} role="note">
      <Icon name="warning" size={16} />
      <div>
        <div className={classes.problemTitle}>{title}</div>
        <div className={classes.problemText}>{error.message}</div>
      </div>
    </div>
  );
}
