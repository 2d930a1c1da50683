import { Skeleton } from '@mantine/core';
import { Suspense } from 'react';
import type { ResolvedValues } from '@/core/resolve/provenance';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import { useLocale } from '@/web/shared/i18n/use-locale';
import { ChartLegend } from './ChartLegend';
import { EventSummary } from './EventSummary';
import { LazyScheduleChart } from './LazyScheduleChart';
import { RetentionList } from './RetentionList';
import { ScheduleProblem } from './ScheduleProblem';
import { SchedulerDetails } from './SchedulerDetails';
import { formatCount } from './derived-numbers';
import { MAX_SERIES_STEPS } from './schedule-snapshot';
import type { ScheduleView } from './use-schedule';
import classes from './schedule.module.css';

interface SchedulePanelProps {
  readonly view: ScheduleView;
  readonly resolved: ResolvedValues;
}

const CHART_PLACEHOLDER = <Skeleton height={236} radius="sm" aria-hidden="true" />;

/** The run over time: the learning-rate chart with its event lanes, the scheduler's kwargs, events and kept checkpoints. */
export function SchedulePanel({ view, resolved }: SchedulePanelProps) {
  const { t } = useLocale();
  const { result, pending } = view;
  let body;
  if (result === null) body = CHART_PLACEHOLDER;
  else if (!result.ok) body = <ScheduleProblem title={t('The steps cannot be worked out')} error={result.error} />;
  else if (result.value.detail === null) {
    body = (
      <p className={classes.dim}>
        {fillTemplate(t('More than {n} steps: too long to chart. The numbers above still hold.'), { n: formatCount(MAX_SERIES_STEPS) })}
      </p>
    );
  } else if (!result.value.detail.ok) {
    body = <ScheduleProblem title={t('The learning-rate schedule cannot be built')} error={result.value.detail.error} />;
  } else {
    const { plan } = result.value;
    const detail = result.value.detail.value;
    body = (
      <>
        <div className={classes.chartCard}>
          <Suspense fallback={CHART_PLACEHOLDER}>
            <LazyScheduleChart plan={plan} detail={detail} pending={pending} />
          </Suspense>
          <ChartLegend warmup={detail.lr.kind === 'step' && plan.warmupSteps > 0} />
        </div>
        <SchedulerDetails lr={detail.lr} given={resolved.lr_scheduler_kwargs} />
        <EventSummary timeline={detail.timeline} />
        <RetentionList retention={detail.retention} plan={plan} />
      </>
    );
  }
  return <div className={classes.panel}>{body}</div>;
}
