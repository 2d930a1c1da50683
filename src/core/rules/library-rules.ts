import { apexBackend } from './apex-backend';
import { bestModelSaveMultiple } from './best-model-save-multiple';
import { bestModelStrategiesMatch } from './best-model-strategies-match';
import { bf16Emulated } from './bf16-emulated';
import { bf16Hardware } from './bf16-hardware';
import { compileWithoutAmpere } from './compile-without-ampere';
import { debugOption } from './debug-option';
import type { Rule } from './define-rule';
import { deprecatedArgument } from './deprecated-argument';
import { deprecatedLoggingDir } from './deprecated-logging-dir';
import { deprecatedWarmupRatio } from './deprecated-warmup-ratio';
import { dictJsonString } from './dict-json-string';
import { enumValue } from './enum-value';
import { evalStepsRequired } from './eval-steps-required';
import { fp16Bf16Exclusive } from './fp16-bf16-exclusive';
import { fsdpConfigUnused } from './fsdp-config-unused';
import { fsdpDeprecatedForm } from './fsdp-deprecated-form';
import { fsdpGradientCheckpointing } from './fsdp-gradient-checkpointing';
import { fsdpLegacyOption } from './fsdp-legacy-option';
import { fsdpMinNumParamsType } from './fsdp-min-num-params-type';
import { fsdpNone } from './fsdp-none';
import { fsdpOption } from './fsdp-option';
import { fsdpPluginValues } from './fsdp-plugin-values';
import { fsdpShardingCombination } from './fsdp-sharding-combination';
import { fsdpWrapExclusive } from './fsdp-wrap-exclusive';
import { fullEvalPrecisionExclusive } from './full-eval-precision-exclusive';
import { loggingStepsNonzero } from './logging-steps-nonzero';
import { pinMemoryWithoutAccelerator } from './pin-memory-without-accelerator';
import { plateauNeedsEval } from './plateau-needs-eval';
import { prefetchNeedsWorkers } from './prefetch-needs-workers';
import { ddpBackendWithoutLauncher } from './ddp-backend-without-launcher';
import { stepsWholeAboveOne } from './steps-whole-above-one';
import { tf32Hardware } from './tf32-hardware';
import { torchEmptyCacheSteps } from './torch-empty-cache-steps';
import { unknownArgument } from './unknown-argument';
import { useMpsDevice } from './use-mps-device';
import { warmupRatioRange } from './warmup-ratio-range';
import { warmupStepsInt } from './warmup-steps-int';
import { warmupStepsNegative } from './warmup-steps-negative';

/**
 * Checks of `TrainingArguments.__init__` (training_args.py), in the order the library runs them, plus the hardware
 * notes that hang on them. Rules with `targets` belong to one release line only (4.x or v5).
 */
export const LIBRARY_RULES: readonly Rule[] = [
  unknownArgument,
  dictJsonString,
  deprecatedWarmupRatio,
  deprecatedLoggingDir,
  deprecatedArgument,
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
  apexBackend,
  plateauNeedsEval,
  warmupStepsNegative,
  warmupRatioRange,
  warmupStepsInt,
  prefetchNeedsWorkers,
  ddpBackendWithoutLauncher,
  compileWithoutAmpere,
  tf32Hardware,
  pinMemoryWithoutAccelerator,
  useMpsDevice,
  fsdpNone,
  fsdpOption,
  fsdpLegacyOption,
  fsdpDeprecatedForm,
  fsdpShardingCombination,
  fsdpGradientCheckpointing,
  fsdpMinNumParamsType,
  fsdpConfigUnused,
  fsdpWrapExclusive,
  fsdpPluginValues,
];
