import type { BestSaves } from './events';
import { isBestSaves } from './events';

/**
 * Which checkpoint the metric will favour cannot be known before training, so retention is worked
 * out for two bounding cases:
 * - `improves-every-eval`: each evaluation beats the previous ones, the best is always the newest;
 * - `best-at-first-eval`: the first evaluation is never beaten, the Trainer keeps protecting it.
 */
export type BestAssumption = 'improves-every-eval' | 'best-at-first-eval';

export interface RetentionInput {
  readonly saveSteps: readonly number[] | BestSaves;
  readonly evalSteps: readonly number[];
  /** `save_total_limit`; `null` or ≤ 0 keeps every checkpoint. */
  readonly totalLimit: number | null;
  /** Whether the Trainer tracks a best checkpoint (`metric_for_best_model` is set). */
  readonly tracksBest: boolean;
}

export interface RetentionOutcome {
  readonly assumption: BestAssumption;
  /** Steps whose `checkpoint-<step>` folder gets written, in order. */
  readonly saved: readonly number[];
  /** Steps whose `checkpoint-<step>` folder is still there when training ends. */
  readonly kept: readonly number[];
  /** The checkpoint the Trainer regards as best at the end, or `null` when it tracks none. */
  readonly best: number | null;
  /** The most checkpoint folders on disk at one time (right after a save, before old ones are deleted). */
  readonly mostOnDisk: number;
}

export interface Retention {
  readonly limit: number | null;
  readonly tracksBest: boolean;
  /** The usual picture: the metric keeps improving, so the newest checkpoints survive. */
  readonly likely: RetentionOutcome;
  /** The other extreme: an early best is kept besides the newest ones (with limit 1, two folders live on until the end). */
  readonly earlyBest: RetentionOutcome;
}

/**
 * Replays `Trainer._save_checkpoint` / `_rotate_checkpoints` over the planned saves under both
 * best-metric assumptions.
 * @example retention({ saveSteps: [100, 200, 300], evalSteps: [100, 200, 300], totalLimit: 2, tracksBest: true }).earlyBest.kept
 * // [100, 300]
 */
export function retention(input: RetentionInput): Retention {
  const limit = input.totalLimit !== null && input.totalLimit > 0 ? input.totalLimit : null;
  return {
    limit,
    tracksBest: input.tracksBest,
    likely: replayRetention(input, 'improves-every-eval'),
    earlyBest: replayRetention(input, 'best-at-first-eval'),
  };
}

/**
 * Replays evaluations and saves step by step, as the Trainer runs them, under one assumption.
 * @example replayRetention({ saveSteps: [10, 20, 25], evalSteps: [10, 20], totalLimit: 1, tracksBest: true }, 'improves-every-eval').kept
 * // [20]: during training 20 and 25 coexist, and at the end only the best remains
 */
export function replayRetention(input: RetentionInput, assumption: BestAssumption): RetentionOutcome {
  const limit = input.totalLimit !== null && input.totalLimit > 0 ? input.totalLimit : null;
  const evals = input.evalSteps;
  const isNewBest = (index: number): boolean => assumption === 'improves-every-eval' || index === 0;
  // Under "best" a save happens exactly when an evaluation sets a new best.
  const saves = isBestSaves(input.saveSteps) ? evals.filter((_, i) => isNewBest(i)) : input.saveSteps;

  const saved: number[] = [];
  let onDisk: number[] = [];
  let bestStep: number | null = null;
  let bestOnDisk = false;
  let best: number | null = null;
  let mostOnDisk = 0;
  // Both lists ascend: walk them together, evaluating before saving when they share a step, as the Trainer does.
  for (let e = 0, s = 0; s < saves.length;) {
    const evalStep = evals[e];
    const saveStep = saves[s]!;
    if (evalStep !== undefined && evalStep <= saveStep) {
      if (input.tracksBest && isNewBest(e)) {
        bestStep = evalStep;
        bestOnDisk = false;
      }
      e++;
      if (evalStep < saveStep) continue;
    }
    s++;
    saved.push(saveStep);
    onDisk.push(saveStep);
    if (saveStep === bestStep) bestOnDisk = true;
    if (bestOnDisk) best = bestStep;
    mostOnDisk = Math.max(mostOnDisk, onDisk.length);
    if (limit !== null && onDisk.length > limit) {
      onDisk = rotate(onDisk, limit, best);
      if (bestStep !== null && !onDisk.includes(bestStep)) bestOnDisk = false;
    }
  }
  // With a limit of 1 the Trainer finally deletes everything but the best checkpoint.
  if (limit === 1 && best !== null && onDisk.includes(best)) onDisk = [best];
  return { assumption, saved, kept: onDisk, best: input.tracksBest ? best : null, mostOnDisk };
}

/**
 * `_sorted_checkpoints` + `_rotate_checkpoints` for a folder list over the limit: the oldest go first,
 * except that the best is moved next to the newest, so it is never among the deleted ones.
 */
function rotate(onDisk: readonly number[], limit: number, best: number | null): number[] {
  const newest = onDisk[onDisk.length - 1];
  // Deleting the newest checkpoint would make resuming impossible, so limit 1 keeps two when the newest is not the best.
  const keep = best !== null && limit === 1 && newest !== best ? 2 : limit;
  let doomed = onDisk.length - keep;
  const kept: number[] = [];
  for (const step of onDisk) {
    if (doomed > 0 && step !== best) doomed--;
    else kept.push(step);
  }
  return kept;
}
