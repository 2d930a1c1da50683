import type { PyValue } from '@/core/py/py-value';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { formatLr } from './chart-scale';
import type { KwargSource } from './kwarg-rows';
import { kwargRows } from './kwarg-rows';
import type { LrInfo } from './schedule-snapshot';
import { SCHEDULE_NOTE_TEXT } from './schedule-texts';
import classes from './schedule.module.css';

interface SchedulerDetailsProps {
  readonly lr: LrInfo;
  /** `lr_scheduler_kwargs` as resolved, to tell your values from defaults. */
  readonly given: PyValue | undefined;
}

const SOURCE_LABEL = { you: 'you', default: 'default', derived: 'derived' } as const satisfies Record<KwargSource, string>;

/** The scheduler as the library builds it: effective kwargs with defaults filled in, and what it ignores. */
export function SchedulerDetails({ lr, given }: SchedulerDetailsProps) {
  const { t, language } = useLocale();
  const rows = kwargRows(lr, given);
  return (
    <section className={classes.block} aria-labelledby="scheduler-title">
      <h3 id="scheduler-title" className={classes.blockTitle}>
        {t('Scheduler')} <code className={classes.typeName}>{lr.type}</code>
        <span className={classes.dim}>
          {' '}
          · {t('peak')} {formatLr(lr.learningRate)}
        </span>
      </h3>
      {lr.kind === 'plateau' && (
        <p className={classes.explain}>
          {fillTemplate(
            t(
              'reduce_lr_on_plateau does not follow the step count: after each evaluation it checks the metric, and after {patience} evaluations without improvement it multiplies the rate by {factor}. So there is no curve to draw: the rate starts at {ceiling}, never goes above it, and can only drop at the evaluations marked below.',
            ),
            { patience: String(lr.kwargs.patience ?? 10), factor: String(lr.kwargs.factor ?? 0.1), ceiling: formatLr(lr.ceiling) },
          )}
        </p>
      )}
      {rows.length > 0 ? (
        <dl className={classes.kwargs} aria-label={t('Effective lr_scheduler_kwargs')}>
          {rows.map((row) => (
            <div key={row.name} className={classes.kwarg} data-source={row.source}>
              <dt>{row.name}</dt>
              <dd>
                {row.value}
                <span className={classes.kwargSource}>{t(SOURCE_LABEL[row.source])}</span>
              </dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className={classes.dim}>{t('This scheduler takes no lr_scheduler_kwargs.')}</p>
      )}
      {lr.kind === 'step' && lr.ignoredKwargs.length > 0 && (
        <p className={classes.note}>{fillTemplate(t('Ignored by {type}: {names}.'), { type: lr.type, names: lr.ignoredKwargs.join(', ') })}</p>
      )}
      {lr.notes.map((note) => (
        <p key={note.code + note.message} className={classes.note}>
          {language === 'en' ? note.message : t(SCHEDULE_NOTE_TEXT[note.code])}
        </p>
      ))}
    </section>
  );
}
