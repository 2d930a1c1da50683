import { autoBatchZero3 } from './auto-batch-zero3';
import { bestModelNeverEvaluated } from './best-model-never-evaluated';
import type { Rule } from './define-rule';
import { evalBatchSizeZero } from './eval-batch-size-zero';
import { reportToNone } from './report-to-none';
import { evalWithoutVisibleMetric } from './eval-without-visible-metric';
import { fsdpActivationCkptAndGradCkpt } from './fsdp-activation-ckpt-and-grad-ckpt';
import { multiprocessingContextWithoutWorkers } from './multiprocessing-context-without-workers';
import { gradAccumKwargsConflict } from './grad-accum-kwargs-conflict';
import { gradAccumZero } from './grad-accum-zero';
import { layerwiseGradAccum } from './layerwise-grad-accum';
import { lowRankOptimTargetModules } from './low-rank-optim-target-modules';
import { maxStepsZero } from './max-steps-zero';
import { maxStepsZeroRatioSteps } from './max-steps-zero-ratio-steps';
import { minLrExactlyOne } from './min-lr-exactly-one';
import { negativeSteps } from './negative-steps';
import { optimArgsFormat } from './optim-args-format';
import { optimArgsIgnored } from './optim-args-ignored';
import { optimArgsValue } from './optim-args-value';
import { plateauMode } from './plateau-mode';
import { polynomialLrEnd } from './polynomial-lr-end';
import { polynomialWarmupEqualsTotal } from './polynomial-warmup-equals-total';
import { saveBestWithoutMetric } from './save-best-without-metric';
import { saveOnlyModelBestSharded } from './save-only-model-best-sharded';
import { saveOnlyModelShardedStateDict } from './save-only-model-sharded-state-dict';
import { saveStepsZeroNeverSaves } from './save-steps-zero-never-saves';
import { schedulerKwargType } from './scheduler-kwarg-type';
import { schedulerKwargValue } from './scheduler-kwarg-value';
import { schedulerKwargsIgnored } from './scheduler-kwargs-ignored';
import { schedulerUnknownKwarg } from './scheduler-unknown-kwarg';
import { trainBatchSizeZero } from './train-batch-size-zero';
import { warmupCoversTraining } from './warmup-covers-training';
import { tokenInArguments } from './token-in-arguments';
import { warmupIgnoredByConstant } from './warmup-ignored-by-constant';
import { deepspeedMismatch } from './deepspeed-mismatch';
import { iterableNeedsMaxSteps } from './iterable-needs-max-steps';
import { warmupIgnoredByPlateau } from './warmup-ignored-by-plateau';
import { warmupStepsOne } from './warmup-steps-one';
import { wsdNumDecaySteps } from './wsd-num-decay-steps';
import { wsdUnknownType } from './wsd-unknown-type';

/**
 * What the library accepts but fails later — in Trainer(), the optimizer or the scheduler — and nonsense or
 * silent surprises it never mentions. Grouped by topic: batches, evaluation/saving, optimizer, schedule.
 */
export const BEYOND_LIBRARY_RULES: readonly Rule[] = [
  // Batches and step counts
  trainBatchSizeZero,
  evalBatchSizeZero,
  reportToNone,
  gradAccumZero,
  gradAccumKwargsConflict,
  negativeSteps,
  maxStepsZeroRatioSteps,
  maxStepsZero,
  iterableNeedsMaxSteps,
  deepspeedMismatch,
  saveStepsZeroNeverSaves,
  // Evaluation, best model and checkpoints
  saveBestWithoutMetric,
  bestModelNeverEvaluated,
  evalWithoutVisibleMetric,
  saveOnlyModelBestSharded,
  saveOnlyModelShardedStateDict,
  autoBatchZero3,
  fsdpActivationCkptAndGradCkpt,
  multiprocessingContextWithoutWorkers,
  // Optimizer
  lowRankOptimTargetModules,
  layerwiseGradAccum,
  optimArgsFormat,
  optimArgsValue,
  optimArgsIgnored,
  // Learning-rate schedule
  schedulerUnknownKwarg,
  schedulerKwargType,
  schedulerKwargValue,
  polynomialLrEnd,
  polynomialWarmupEqualsTotal,
  minLrExactlyOne,
  wsdNumDecaySteps,
  wsdUnknownType,
  schedulerKwargsIgnored,
  warmupIgnoredByConstant,
  warmupIgnoredByPlateau,
  warmupStepsOne,
  warmupCoversTraining,
  plateauMode,
  // Secrets
  tokenInArguments,
];
