import { checkClassConfig } from '../config-class/check-class';
import { getConfigClass } from '../config-class/classes';
import { DEFAULT_HARDWARE, type HardwareProfile } from '../hardware/hardware-profile';
import type { Kwargs } from '../py/py-value';
import type { Provenance, ResolvedValues } from '../resolve/provenance';
import { resolveConfig } from '../resolve/resolve-config';
import type { Issue } from '../rules/define-rule';
import { ALL_RULES } from '../rules/index';
import { runRules } from '../rules/run-rules';
import type { RunContext } from '../schedule/run-context';
import { DEFAULT_TARGET, type Target } from '../target/target';

export interface CheckOptions {
  readonly hardware?: HardwareProfile;
  /** The run being planned (dataset size, devices), for the checks that depend on it. */
  readonly run?: RunContext;
  /** The transformers release line to validate for (v5 by default). */
  readonly target?: Target;
  /** The config class being built (`SFTConfig`, `Seq2SeqTrainingArguments`, …); `TrainingArguments` by default. */
  readonly configClass?: string;
}

export interface CheckResult {
  /** False exactly when there is an error-severity issue. */
  readonly ok: boolean;
  readonly issues: readonly Issue[];
  readonly resolved: ResolvedValues;
  readonly provenance: Readonly<Record<string, Provenance>>;
}

/**
 * Resolves keyword arguments as the targeted release's `TrainingArguments` would and runs every rule on the result.
 * @example checkConfig(kwargs({ fp16: true, bf16: true })).ok // false
 */
export function checkConfig(input: Kwargs, options: CheckOptions = {}): CheckResult {
  const hardware = options.hardware ?? DEFAULT_HARDWARE;
  const target = options.target ?? DEFAULT_TARGET;
  const cls = options.configClass === undefined ? undefined : getConfigClass(options.configClass);
  if (cls !== undefined && cls.name !== 'TrainingArguments') {
    return checkClassConfig(input, cls, { target, hardware, ...(options.run ? { run: options.run } : {}) });
  }
  const { values, provenance } = resolveConfig(input, { target });
  const issues = runRules(ALL_RULES, { input, resolved: values, hardware, target, ...(options.run ? { run: options.run } : {}) });
  return { ok: !issues.some((i) => i.severity === 'error'), issues, resolved: values, provenance };
}
