import type { RetentionOutcome } from '@/core/schedule/retention';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { formatCount } from './derived-numbers';
import { elide } from './step-list';
import classes from './schedule.module.css';

interface CheckpointFoldersProps {
  readonly outcome: RetentionOutcome;
  readonly total: number;
}

/** Folder names, marking the best and the final save; long lists keep their ends. */
export function CheckpointFolders({ outcome, total }: CheckpointFoldersProps) {
  const { t } = useLocale();
  const { head, hidden, tail } = elide(outcome.kept, 8, 3);
  const folder = (step: number) => (
    <li key={step} className={classes.folder}>
      <code>checkpoint-{step}</code>
      {step === outcome.best && <span className={classes.tagBest}>{t('best')}</span>}
      {step === total && <span className={classes.tag}>{t('final')}</span>}
    </li>
  );
  return (
    <ul className={classes.folders} aria-label={t('Checkpoint folders')}>
      {head.map(folder)}
      {hidden > 0 && <li className={classes.more}>{fillTemplate(t('… {n} more …'), { n: formatCount(hidden) })}</li>}
      {tail.map(folder)}
    </ul>
  );
}
