import { apexBackend } from './library/apex-backend';
import { bestModelSaveMultiple } from './library/best-model-save-multiple';
import { bestModelStrategiesMatch } from './library/best-model-strategies-match';
import { bf16Emulated } from './app/bf16-emulated';
import { bf16Hardware } from './library/bf16-hardware';
import { compileWithoutAmpere } from './library/compile-without-ampere';
import { debugOption } from './library/debug-option';
import type { Rule } from './define-rule';
import { deprecatedArgument } from './library/deprecated-argument';
import { deprecatedLoggingDir } from './library/deprecated-logging-dir';
import { deprecatedWarmupRatio } from './library/deprecated-warmup-ratio';
import { dictJsonString } from './library/dict-json-string';
import { enumValue } from './library/enum-value';
import { evalStepsRequired } from './library/eval-steps-required';
import { fp16Bf16Exclusive } from './library/fp16-bf16-exclusive';
import { fsdpConfigUnused } from './library/fsdp-config-unused';
import { fsdpDeprecatedForm } from './library/fsdp-deprecated-form';
import { fsdpGradientCheckpointing } from './library/fsdp-gradient-checkpointing';
import { fsdpLegacyOption } from './library/fsdp-legacy-option';
import { fsdpMinNumParamsType } from './library/fsdp-min-num-params-type';
import { fsdpNone } from './library/fsdp-none';
import { fsdpOption } from './library/fsdp-option';
import { fsdpPluginValues } from './library/fsdp-plugin-values';
import { fsdpShardingCombination } from './library/fsdp-sharding-combination';
import { fsdpWrapExclusive } from './library/fsdp-wrap-exclusive';
import { fullEvalPrecisionExclusive } from './library/full-eval-precision-exclusive';
import { loggingStepsNonzero } from './library/logging-steps-nonzero';
import { pinMemoryWithoutAccelerator } from './app/pin-memory-without-accelerator';
import { plateauNeedsEval } from './library/plateau-needs-eval';
import { prefetchNeedsWorkers } from './library/prefetch-needs-workers';
import { ddpBackendWithoutLauncher } from './library/ddp-backend-without-launcher';
import { stepsWholeAboveOne } from './library/steps-whole-above-one';
import { tf32Hardware } from './library/tf32-hardware';
import { torchEmptyCacheSteps } from './library/torch-empty-cache-steps';
import { unknownArgument } from './library/unknown-argument';
import { useMpsDevice } from './library/use-mps-device';
import { warmupRatioRange } from './library/warmup-ratio-range';
import { warmupStepsInt } from './library/warmup-steps-int';
import { warmupStepsNegative } from './library/warmup-steps-negative';

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
