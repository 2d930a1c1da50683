import { epochAt, firingSteps } from './event-math';
import type { EpochEnds } from './event-math';
import type { StepPlan } from './step-plan';
import { lastStepEvaluates } from './step-plan';

/**
 * `save_strategy="best"` saves after an evaluation that improves `metric_for_best_model`, which
 * only the run itself can tell: every evaluation step is a candidate, none is certain.
 */
export interface BestSaves {
  readonly kind: 'best';
  readonly candidates: readonly number[];
}

/** Whether the saves are the unknowable `best` kind rather than a list of steps.
 * @example isBestSaves({ kind: 'best', candidates: [100] }) // true
 */
export function isBestSaves(saves: readonly number[] | BestSaves): saves is BestSaves {
  return !Array.isArray(saves);
}

/** The global steps (1-based optimizer updates) at which things happen during training. */
export interface Timeline {
  /** Periodic training logs (the final summary log is not one of them). */
  readonly logSteps: readonly number[];
  readonly evalSteps: readonly number[];
  readonly saveSteps: readonly number[] | BestSaves;
  readonly epochEnds: EpochEnds;
}

/**
 * Lists when the run logs, evaluates, saves and finishes epochs, as `DefaultFlowCallback` decides.
 * Each list is ascending without repeats: the Trainer acts once per step even when two triggers meet.
 * @example timeline(plan).saveSteps // e.g. [500, 1000, 1234]: every save_steps, plus the forced final save
 */
export function timeline(plan: StepPlan): Timeline {
  const ends = plan.epochEnds;
  const evalSteps = evaluationSteps(plan, ends);
  return {
    logSteps: logSteps(plan, ends),
    evalSteps,
    saveSteps: plan.saving.strategy === 'best' ? { kind: 'best', candidates: evalSteps } : saveSteps(plan, ends),
    epochEnds: ends,
  };
}

function logSteps(plan: StepPlan, ends: EpochEnds): number[] {
  const { strategy, interval, firstStep } = plan.logging;
  const periodic = strategy === 'steps' ? firingSteps(interval ?? 0, plan.totalSteps) : strategy === 'epoch' ? [...ends.steps] : [];
  if (!firstStep || periodic[0] === 1) return periodic;
  return [1, ...periodic];
}

function evaluationSteps(plan: StepPlan, ends: EpochEnds): number[] {
  const { strategy, interval, delay, onStart } = plan.evaluation;
  // `eval_on_start` evaluates before the first update, at global step 0.
  const start = onStart ? [0] : [];
  if (strategy === 'steps') {
    const periodic = firingSteps(interval ?? 0, plan.totalSteps, delay);
    return [...start, ...periodic, ...(lastStepEvaluates(plan.evaluation, plan.totalSteps) ? [plan.totalSteps] : [])];
  }
  if (strategy === 'no') return start;
  return [...start, ...ends.steps.filter((_, i) => delay <= epochAt(ends, i))];
}

function saveSteps(plan: StepPlan, ends: EpochEnds): number[] {
  const { strategy, interval } = plan.saving;
  if (strategy === 'epoch') return [...ends.steps];
  if (strategy !== 'steps') return [];
  const T = plan.totalSteps;
  const periodic = interval !== null && interval > 0 ? firingSteps(interval, T) : [];
  // Reaching the last step forces a save under the steps strategy.
  if (periodic[periodic.length - 1] !== T) periodic.push(T);
  return periodic;
}
