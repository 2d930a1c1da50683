import { autoBatchZero3 } from './trainer/auto-batch-zero3';
import { bestModelNeverEvaluated } from './app/best-model-never-evaluated';
import type { Rule } from './define-rule';
import { evalBatchSizeZero } from './trainer/eval-batch-size-zero';
import { reportToNone } from './trainer/report-to-none';
import { evalWithoutVisibleMetric } from './app/eval-without-visible-metric';
import { fsdpActivationCkptAndGradCkpt } from './trainer/fsdp-activation-ckpt-and-grad-ckpt';
import { multiprocessingContextWithoutWorkers } from './trainer/multiprocessing-context-without-workers';
import { gradAccumKwargsConflict } from './trainer/grad-accum-kwargs-conflict';
import { gradAccumZero } from './trainer/grad-accum-zero';
import { layerwiseGradAccum } from './trainer/layerwise-grad-accum';
import { lowRankOptimTargetModules } from './trainer/low-rank-optim-target-modules';
import { maxStepsZero } from './app/max-steps-zero';
import { maxStepsZeroRatioSteps } from './trainer/max-steps-zero-ratio-steps';
import { minLrExactlyOne } from './trainer/min-lr-exactly-one';
import { negativeSteps } from './app/negative-steps';
import { optimArgsFormat } from './trainer/optim-args-format';
import { optimArgsIgnored } from './app/optim-args-ignored';
import { optimArgsValue } from './trainer/optim-args-value';
import { plateauMode } from './app/plateau-mode';
import { polynomialLrEnd } from './trainer/polynomial-lr-end';
import { polynomialWarmupEqualsTotal } from './trainer/polynomial-warmup-equals-total';
import { saveBestWithoutMetric } from './trainer/save-best-without-metric';
import { saveOnlyModelBestSharded } from './trainer/save-only-model-best-sharded';
import { saveOnlyModelShardedStateDict } from './trainer/save-only-model-sharded-state-dict';
import { saveStepsZeroNeverSaves } from './app/save-steps-zero-never-saves';
import { schedulerKwargType } from './trainer/scheduler-kwarg-type';
import { schedulerKwargValue } from './trainer/scheduler-kwarg-value';
import { schedulerKwargsIgnored } from './app/scheduler-kwargs-ignored';
import { schedulerUnknownKwarg } from './trainer/scheduler-unknown-kwarg';
import { trainBatchSizeZero } from './trainer/train-batch-size-zero';
import { warmupCoversTraining } from './app/warmup-covers-training';
import { tokenInArguments } from './app/token-in-arguments';
import { warmupIgnoredByConstant } from './app/warmup-ignored-by-constant';
import { deepspeedMismatch } from './trainer/deepspeed-mismatch';
import { iterableNeedsMaxSteps } from './trainer/iterable-needs-max-steps';
import { warmupIgnoredByPlateau } from './app/warmup-ignored-by-plateau';
import { warmupStepsOne } from './app/warmup-steps-one';
import { wsdNumDecaySteps } from './trainer/wsd-num-decay-steps';
import { wsdUnknownType } from './trainer/wsd-unknown-type';

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
