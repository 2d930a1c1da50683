import type { Timeline } from './events';
import { timeline } from './events';
import type { LrSchedule } from './lr-schedule';
import { buildLrSchedule } from './lr-schedule';
import { lrSeries } from './lr-series';
import type { ResolvedArgs } from './read-args';
import type { Retention } from './retention';
import { retention } from './retention';
import type { RunContext } from './run-context';
import { DEFAULT_RUN_CONTEXT } from './run-context';
import type { Result } from './schedule-error';
import { succeed } from './schedule-error';
import type { StepPlan } from './step-plan';
import { planSteps } from './step-plan';
import { flowFor } from './trainer-flow';
import type { Target } from '../target/target';

/** Everything the studio shows about a run's course: steps, learning rates, events and checkpoints. */
export interface Schedule {
  readonly plan: StepPlan;
  readonly lr: LrSchedule;
  /** The rate of every update (index k − 1 for update k); `null` for `reduce_lr_on_plateau`, which follows the metrics. */
  readonly series: Float64Array | null;
  readonly timeline: Timeline;
  readonly retention: Retention;
}

/**
 * Works out the whole schedule of a run from resolved TrainingArguments values and the run facts
 * (dataset size, devices, nodes), as the targeted release's Trainer runs it (the default target when absent),
 * or the typed reason it cannot be worked out.
 * @example computeSchedule(resolveConfig(kwargs({ max_steps: 100, warmup_steps: 10 })).values, DEFAULT_RUN_CONTEXT)
 * // ok; value.plan.totalSteps 100, value.series[0] 0, value.timeline.saveSteps [100]
 */
export function computeSchedule(
  resolved: ResolvedArgs,
  context: RunContext = DEFAULT_RUN_CONTEXT,
  options: { readonly target?: Target } = {},
): Result<Schedule> {
  const planned = planSteps(resolved, context, flowFor(options.target));
  if (!planned.ok) return planned;
  const plan = planned.value;
  const lr = buildLrSchedule({
    type: resolved.lr_scheduler_type ?? 'linear',
    learningRate: plan.learningRate,
    warmupSteps: plan.warmupSteps,
    totalSteps: plan.totalSteps,
    kwargs: resolved.lr_scheduler_kwargs,
  });
  if (!lr.ok) return lr;
  const events = timeline(plan);
  return succeed({
    plan,
    lr: lr.value,
    series: lr.value.kind === 'step' ? lrSeries(lr.value) : null,
    timeline: events,
    retention: retention({
      saveSteps: events.saveSteps,
      evalSteps: events.evalSteps,
      totalLimit: plan.saving.totalLimit,
      tracksBest: plan.saving.metricForBestModel !== null && events.evalSteps.length > 0,
    }),
  });
}
