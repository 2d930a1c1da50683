import type { Timeline } from '@/core/schedule/events';
import { isBestSaves } from '@/core/schedule/events';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { LANE_COLORS } from './chart-colors';
import { formatCount } from './derived-numbers';
import { previewSteps } from './step-list';
import classes from './schedule.module.css';

interface EventSummaryProps {
  readonly timeline: Timeline;
}

/** When the run logs, evaluates, saves and ends epochs, in words and numbers (the chart's lanes, readable). */
export function EventSummary({ timeline }: EventSummaryProps) {
  const { t } = useLocale();
  const saves = timeline.saveSteps;
  const best = isBestSaves(saves);
  const rows = [
    { id: 'log', label: t('Logs'), color: LANE_COLORS.log, steps: timeline.logSteps, note: '' },
    { id: 'eval', label: t('Evaluations'), color: LANE_COLORS.eval, steps: timeline.evalSteps, note: '' },
    {
      id: 'save',
      label: t('Saves'),
      color: LANE_COLORS.save,
      steps: best ? saves.candidates : saves,
      note: best ? t('possible: after an evaluation that sets a new best') : '',
    },
    { id: 'epoch', label: t('Epoch ends'), color: LANE_COLORS.epoch, steps: timeline.epochEnds.steps, note: '' },
  ];
  return (
    <table className={classes.events}>
      <caption className={classes.blockTitle}>{t('Events')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('Event')}</th>
          <th scope="col">{t('Count')}</th>
          <th scope="col">{t('At steps')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              <span className={classes.swatch} style={{ background: row.color }} aria-hidden="true" />
              {row.label}
            </th>
            <td className={classes.num}>{formatCount(row.steps.length)}</td>
            <td className={classes.steps}>
              {row.steps.length === 0 ? <span className={classes.dim}>{t('none')}</span> : previewSteps(row.steps)}
              {row.note && <span className={classes.dim}> ({row.note})</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
