import { formatHours } from '@/core/memory/format';
import type { TimeCost } from '@/core/memory/time-cost';
import { useLocale } from '@/web/shared/i18n/use-locale';
import type { MemoryPanelState } from './memory-state';
import { NumberField } from './NumberField';
import classes from './memory.module.css';

interface MemoryTimeProps {
  readonly time: TimeCost | null;
  readonly state: MemoryPanelState;
  readonly onChange: (state: MemoryPanelState) => void;
}

/** Wall-clock time and cost from FLOPs, with the formula written out as the run panel writes the global batch. */
export function MemoryTime({ time, state, onChange }: MemoryTimeProps) {
  const { t } = useLocale();
  return (
    <section className={classes.fixGroup} aria-labelledby="memory-time-title">
      <h3 id="memory-time-title" className={classes.subTitle}>
        {t('Time and cost')}
      </h3>
      <div className={`${classes.form} ${classes.inlineForm}`}>
        <NumberField label={t('MFU (%)')} value={state.mfuPercent} min={1} max={100} onValid={(n) => n !== null && onChange({ ...state, mfuPercent: n })} />
        <NumberField label={t('Price per GPU-hour')} value={state.price} min={0} max={1e6} optional onValid={(n) => onChange({ ...state, price: n })} />
        <NumberField
          label={t('Average tokens per sequence')}
          value={state.avgLen}
          min={1}
          max={state.seqLen}
          whole
          optional
          placeholder={t('Full length')}
          onValid={(n) => onChange({ ...state, avgLen: n })}
        />
      </div>
      {time === null ? (
        <p className={classes.hint}>{t('The steps cannot be worked out, so there is no time estimate; fix the run above.')}</p>
      ) : (
        <dl className={classes.numbers}>
          <div className={classes.numberRow}>
            <dt>{t('Wall-clock time')}</dt>
            <dd>
              <span className={classes.value}>{formatHours(time.hours)}</span>
              <span className={classes.formula}>{time.formula}</span>
            </dd>
          </div>
          <div className={classes.numberRow}>
            <dt>{t('Total tokens')}</dt>
            <dd className={classes.value}>{time.totalTokens.toLocaleString('en-US')}</dd>
          </div>
          <div className={classes.numberRow}>
            <dt>{t('Cost')}</dt>
            <dd className={time.cost === null ? classes.hint : classes.value}>
              {time.cost === null ? t('Enter a price per GPU-hour') : time.cost.toLocaleString('en-US', { maximumFractionDigits: 2 })}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
