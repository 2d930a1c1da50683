import type { PyValue } from '@/core/py/py-value';
import type { Retention } from '@/core/schedule/retention';
import type { StepPlan } from '@/core/schedule/step-plan';
import { fillTemplate } from '@/web/shared/i18n/fill-template';
import type { Locale } from '@/web/shared/i18n/locale-context';
import type { UiKey } from '@/web/shared/i18n/ui-text';

/** One derived number: its label (also its accessible name), the value and how it came about. */
export interface NumberRow {
  readonly id: string;
  readonly label: UiKey;
  readonly value: string;
  readonly detail: string;
  /** The detail is a formula with field names, set in code type. */
  readonly formula?: boolean;
}

const COUNT = new Intl.NumberFormat('en-US');

/** A whole count with thousands separators. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}

function formatFraction(n: number): string {
  return Number.isInteger(n) ? COUNT.format(n) : n.toFixed(2).replace(/0+$/, '');
}

/** A resolved value below 1 (and above 0) that the library reads as a share of the total steps. */
function ratioOf(value: PyValue | undefined): number | null {
  return typeof value === 'number' && value > 0 && value < 1 ? value : null;
}

type Interval = StepPlan['logging'] | StepPlan['evaluation'] | StepPlan['saving'];

function intervalRow(id: string, label: UiKey, interval: Interval, raw: PyValue | undefined, total: number, t: Locale['t']): NumberRow {
  const { strategy } = interval;
  if (strategy === 'no') return { id, label, value: t('off'), detail: '' };
  if (strategy === 'epoch') return { id, label, value: t('every epoch'), detail: '' };
  if (strategy === 'best') return { id, label, value: t('on a new best'), detail: t('after an evaluation that improves the metric') };
  const n = interval.interval;
  if (n === null || !(n > 0)) return { id, label, value: t('never'), detail: t('no positive interval set') };
  const ratio = ratioOf(raw);
  const detail = ratio === null ? '' : fillTemplate(t('{ratio} × {total}, rounded up'), { ratio, total: formatCount(total) });
  return { id, label, value: fillTemplate(t('every {n} steps'), { n: formatCount(n) }), detail };
}

/**
 * The numbers a run's plan implies, labelled and explained, in the order they build on each other.
 * `retention` is `null` when it cannot be worked out (the scheduler fails, or the run is too long to list).
 */
export function derivedNumbers(plan: StepPlan, resolved: Readonly<Record<string, PyValue>>, retention: Retention | null, t: Locale['t']): NumberRow[] {
  const T = plan.totalSteps;
  const rows: NumberRow[] = [
    { id: 'global-batch', label: 'Global batch size', value: formatCount(plan.globalBatch), detail: plan.globalBatchFormula, formula: true },
    {
      id: 'total-steps',
      label: 'Total optimizer steps',
      value: formatCount(T),
      detail:
        plan.stepsFrom === 'max_steps'
          ? fillTemplate(t('max_steps = {epochs} epochs'), { epochs: formatFraction(plan.epochs) })
          : fillTemplate(t('{epochs} × {updates}, rounded up'), {
              epochs: formatFraction(Number(resolved.num_train_epochs ?? plan.epochs)),
              updates: formatCount(plan.updatesPerEpoch),
            }),
    },
    {
      id: 'micro-batches',
      label: 'Micro-batches per epoch per process',
      value: plan.batchesPerEpoch === null ? t('unknown') : formatCount(plan.batchesPerEpoch),
      detail:
        plan.datasetBatches === null
          ? t('no dataset length')
          : plan.splitBatches
            ? fillTemplate(t('{batches} batches, split per process'), { batches: formatCount(plan.datasetBatches) })
            : plan.processes === 1
              ? fillTemplate(t('{batches} batches, one process'), { batches: formatCount(plan.datasetBatches) })
              : fillTemplate(t('{batches} batches ÷ {processes} processes'), {
                  batches: formatCount(plan.datasetBatches),
                  processes: formatCount(plan.processes),
                }),
    },
    {
      id: 'updates-per-epoch',
      label: 'Optimizer updates per epoch',
      value: formatCount(plan.updatesPerEpoch),
      detail:
        plan.batchesPerEpoch === null
          ? t('max_steps (no length)')
          : fillTemplate(t('{batches} ÷ {accumulation}, rounded up'), {
              batches: formatCount(plan.batchesPerEpoch),
              accumulation: formatCount(plan.gradientAccumulation),
            }),
    },
    { id: 'warmup', label: 'Warmup steps', value: formatCount(plan.warmupSteps), detail: warmupDetail(plan, resolved.warmup_steps, t) },
    intervalRow('logging', 'Logging interval', plan.logging, resolved.logging_steps, T, t),
    intervalRow('evaluation', 'Evaluation interval', plan.evaluation, resolved.eval_steps, T, t),
    intervalRow('saving', 'Save interval', plan.saving, resolved.save_steps, T, t),
    {
      id: 'evaluations',
      label: 'Evaluations',
      value: formatCount(plan.evaluations),
      detail: plan.evaluation.delay > 0 ? fillTemplate(t('after eval_delay {delay}'), { delay: plan.evaluation.delay }) : '',
    },
    {
      id: 'checkpoints',
      label: 'Checkpoints saved',
      value: plan.checkpoints === null ? t('depends on the metric') : formatCount(plan.checkpoints),
      detail: plan.saving.strategy === 'steps' && plan.checkpoints !== null && plan.checkpoints > 0 ? t('incl. the final save') : '',
    },
    keptRow(plan, retention, t),
  ];
  return rows;
}

function warmupDetail(plan: StepPlan, raw: PyValue | undefined, t: Locale['t']): string {
  if (plan.warmupSteps === 0) return t('no warmup');
  const ratio = ratioOf(raw);
  if (ratio !== null) return fillTemplate(t('{ratio} × {total}, rounded up'), { ratio, total: formatCount(plan.totalSteps) });
  return '';
}

function keptRow(plan: StepPlan, retention: Retention | null, t: Locale['t']): NumberRow {
  const base = { id: 'kept', label: 'Checkpoints on disk at the end' as const };
  if (retention === null) return { ...base, value: '—', detail: '' };
  const kept = retention.likely.kept.length;
  const parts: string[] = [];
  if (retention.limit !== null) parts.push(fillTemplate(t('limit {limit}'), { limit: retention.limit }));
  if (retention.likely.mostOnDisk > kept) parts.push(fillTemplate(t('up to {peak} at once'), { peak: formatCount(retention.likely.mostOnDisk) }));
  if (plan.saving.strategy === 'best') parts.push(t('if every evaluation improves'));
  return { ...base, value: formatCount(kept), detail: parts.join('; ') };
}
