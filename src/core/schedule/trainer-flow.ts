import type { TrainerFlow } from '../target/target';
import { DEFAULT_TARGET, trainerFlowOf, type Target } from '../target/target';

export type { TrainerFlow } from '../target/target';

/** The flow the schedule vectors (5.2–5.5) were made with: no evaluation at step 0 or at an off-interval last step. */
export const CLASSIC_FLOW: TrainerFlow = { evalOnStart: false, finalStepEval: false };

/**
 * The Trainer flow of a target, the default target's when absent.
 * @example flowFor('5.15-5.18').finalStepEval // true
 */
export function flowFor(target: Target = DEFAULT_TARGET): TrainerFlow {
  return trainerFlowOf(target);
}
