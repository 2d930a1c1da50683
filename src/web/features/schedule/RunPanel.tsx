import { Skeleton } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { RunContext } from '@/core/schedule/run-context';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { DerivedNumbers } from './DerivedNumbers';
import { RunContextForm } from './RunContextForm';
import { ScheduleProblem } from './ScheduleProblem';
import { derivedNumbers } from './derived-numbers';
import type { ScheduleView } from './use-schedule';
import classes from './schedule.module.css';

interface RunPanelProps {
  readonly run: RunContext;
  readonly onRunChange: (run: RunContext) => void;
  readonly view: ScheduleView;
}

/** The run card: where it runs (not TrainingArguments, never in the code) and the numbers that follow. */
export const RunPanel = memo(function RunPanel({ run, onRunChange, view }: RunPanelProps) {
  const { t } = useLocale();
  // The schedule's own fields, not the whole resolved config: a keystroke elsewhere leaves this panel alone.
  const { result, pending, args: resolved } = view;
  const rows = useMemo(() => {
    if (!result?.ok) return null;
    const detail = result.value.detail;
    return derivedNumbers(result.value.plan, resolved, detail?.ok ? detail.value.retention : null, t);
  }, [result, resolved, t]);
  const dropLast = resolved.dataloader_drop_last === true;
  return (
    <section className={classes.card} aria-labelledby="run-title">
      <header className={classes.cardHeader}>
        <h2 id="run-title" className={classes.cardTitle}>
          {t('Run')}
        </h2>
        <span className={classes.cardHint}>{t('Dataset and devices: not TrainingArguments, never in the code')}</span>
      </header>
      <RunContextForm run={run} onChange={onRunChange} dropLast={dropLast} />
      {result === null && <Skeleton height={120} radius="sm" m="xs" aria-hidden="true" />}
      {result !== null && !result.ok && (
        <div className={classes.cardBody}>
          <ScheduleProblem title={t('The steps cannot be worked out')} error={result.error} />
        </div>
      )}
      {rows && <DerivedNumbers rows={rows} pending={pending} />}
    </section>
  );
});
