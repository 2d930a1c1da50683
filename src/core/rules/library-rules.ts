import { bestModelSaveMultiple } from './best-model-save-multiple';
import { bestModelStrategiesMatch } from './best-model-strategies-match';
import { bf16Emulated } from './bf16-emulated';
import { bf16Hardware } from './bf16-hardware';
import { compileWithoutAmpere } from './compile-without-ampere';
import { debugOption } from './debug-option';
import type { Rule } from './define-rule';
import { deprecatedLoggingDir } from './deprecated-logging-dir';
import { deprecatedWarmupRatio } from './deprecated-warmup-ratio';
import { dictJsonString } from './dict-json-string';
import { enumValue } from './enum-value';
import { evalStepsRequired } from './eval-steps-required';
import { fp16Bf16Exclusive } from './fp16-bf16-exclusive';
import { fsdpConfigUnused } from './fsdp-config-unused';
import { fsdpGradientCheckpointing } from './fsdp-gradient-checkpointing';
import { fsdpOption } from './fsdp-option';
import { fsdpPluginValues } from './fsdp-plugin-values';
import { fsdpShardingCombination } from './fsdp-sharding-combination';
import { fsdpWrapExclusive } from './fsdp-wrap-exclusive';
import { fullEvalPrecisionExclusive } from './full-eval-precision-exclusive';
import { loggingStepsNonzero } from './logging-steps-nonzero';
import { pinMemoryWithoutAccelerator } from './pin-memory-without-accelerator';
import { plateauNeedsEval } from './plateau-needs-eval';
import { prefetchNeedsWorkers } from './prefetch-needs-workers';
import { stepsWholeAboveOne } from './steps-whole-above-one';
import { tf32Hardware } from './tf32-hardware';
import { torchEmptyCacheSteps } from './torch-empty-cache-steps';
import { unknownArgument } from './unknown-argument';
import { warmupStepsNegative } from './warmup-steps-negative';

/** Checks of `TrainingArguments.__init__` (training_args.py), in the order the library runs them, plus the hardware notes that hang on them. */
export const LIBRARY_RULES: readonly Rule[] = [
  unknownArgument,
  dictJsonString,
  deprecatedWarmupRatio,
  deprecatedLoggingDir,
  enumValue,
  debugOption,
  evalStepsRequired,
  torchEmptyCacheSteps,
  loggingStepsNonzero,
  stepsWholeAboveOne,
  bestModelStrategiesMatch,
  bestModelSaveMultiple,
  bf16Hardware,
  bf16Emulated,
  fp16Bf16Exclusive,
  fullEvalPrecisionExclusive,
  plateauNeedsEval,
  warmupStepsNegative,
  prefetchNeedsWorkers,
  compileWithoutAmpere,
  tf32Hardware,
  pinMemoryWithoutAccelerator,
  fsdpOption,
  fsdpShardingCombination,
  fsdpGradientCheckpointing,
  fsdpConfigUnused,
  fsdpWrapExclusive,
  fsdpPluginValues,
];
