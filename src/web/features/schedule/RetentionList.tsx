import type { Retention } from '@/core/schedule/retention';
import type { StepPlan } from '@/core/schedule/step-plan';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { CheckpointFolders } from './CheckpointFolders';
import { formatCount } from './derived-numbers';
import classes from './schedule.module.css';

interface RetentionListProps {
  readonly retention: Retention;
  readonly plan: StepPlan;
}

function sameSteps(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

/** The `checkpoint-<step>` folders left in output_dir when training ends, and why those. */
export function RetentionList({ retention, plan }: RetentionListProps) {
  const { t } = useLocale();
  const { likely, earlyBest } = retention;
  const strategy = plan.saving.strategy;
  const showEarly = retention.tracksBest && !sameSteps(likely.kept, earlyBest.kept);
  const notes: string[] = [];
  if (retention.limit !== null) {
    notes.push(fillTemplate(t('save_total_limit {limit} deletes the oldest folders as new ones are saved.'), { limit: retention.limit }));
  }
  if (retention.tracksBest && plan.saving.loadBestModelAtEnd) notes.push(t('load_best_model_at_end: the best checkpoint is never deleted by rotation.'));
  if (strategy === 'steps') notes.push(t('The steps strategy always saves at the last step.'));
  if (likely.mostOnDisk > likely.kept.length) {
    notes.push(fillTemplate(t('Up to {peak} folders exist at once during training.'), { peak: formatCount(likely.mostOnDisk) }));
  }

  return (
    <section className={classes.block} aria-labelledby="retention-title">
      <h3 id="retention-title" className={classes.blockTitle}>
        {t('Checkpoints at the end')}
      </h3>
      {strategy === 'no' || likely.saved.length === 0 ? (
        <p className={classes.dim}>{t('No checkpoints are saved.')}</p>
      ) : (
        <>
          {retention.tracksBest && (
            <p className={classes.assumption}>{t('Assuming the metric improves at every evaluation (the newest checkpoint is the best):')}</p>
          )}
          <CheckpointFolders outcome={likely} total={plan.totalSteps} />
          {showEarly && (
            <>
              <p className={classes.assumption}>{t('If the first evaluation stays the best:')}</p>
              <CheckpointFolders outcome={earlyBest} total={plan.totalSteps} />
            </>
          )}
          {notes.length > 0 && (
            <ul className={classes.notes}>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
