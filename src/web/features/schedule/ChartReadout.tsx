import { useLocale } from '@/web/shared/i18n/use-locale';
import { formatLr } from './chart-scale';
import { formatCount } from './derived-numbers';
import classes from './schedule.module.css';

interface ChartReadoutProps {
  readonly step: number;
  readonly total: number;
  readonly epoch: number;
  /** The rate at this step; `null` where it follows the metrics (plateau). */
  readonly lr: number | null;
  /** Events in the pixel column under the pointer. */
  readonly events: readonly string[];
  readonly x: number;
  readonly y: number | null;
  readonly top: number;
  readonly bottom: number;
  /** Show the box left of the crosshair (near the right edge). */
  readonly flip: boolean;
  /** Read out to screen readers: the keyboard moved the cursor. */
  readonly announce: boolean;
}

/** The crosshair and the box with the step, epoch and rate under the pointer (or keyboard cursor). */
export function ChartReadout({ step, total, epoch, lr, events, x, y, top, bottom, flip, announce }: ChartReadoutProps) {
  const { t } = useLocale();
  return (
    <>
      <div className={classes.crosshair} style={{ left: x, top, height: bottom - top }} aria-hidden="true" />
      {y !== null && <div className={classes.dot} style={{ left: x, top: y }} aria-hidden="true" />}
      <div className={classes.readout} style={{ left: x, top: top + 4 }} data-flip={flip || undefined} aria-live={announce ? 'polite' : 'off'}>
        <div>
          <span className={classes.readoutKey}>{t('Step')}</span> {formatCount(step)} / {formatCount(total)}
        </div>
        <div>
          <span className={classes.readoutKey}>{t('Epoch')}</span> {epoch.toFixed(2)}
        </div>
        <div>
          <span className={classes.readoutKey}>lr</span> {lr === null ? t('follows the metric') : formatLr(lr)}
        </div>
        {events.length > 0 && <div className={classes.readoutEvents}>{events.join(' · ')}</div>}
      </div>
    </>
  );
}
