import type { HardwareProfile } from '../hardware/hardware-profile';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import type { RunContext } from '../schedule/run-context';
import { hasVersionRange, type Target } from '../target/target';
import type { Finding, Rule, RuleContext } from './define-rule';

interface ContextOptions {
  floats?: string[];
  hardware?: HardwareProfile;
  /** The release to check for; 5.2–5.5 when absent, the snapshot the rule tests were first written against. */
  target?: Target;
  /** The run described by the user (devices, dataset), for rules on the run context. */
  run?: RunContext;
}

/** A rule context built the way checkConfig builds it, for rule tests. */
export function contextFor(values: Record<string, PyValue>, options: ContextOptions = {}): RuleContext {
  const input = kwargs(values, options.floats ?? []);
  const target = options.target ?? '5.2-5.5';
  return { input, resolved: resolveConfig(input, { target }).values, hardware: options.hardware ?? 'cuda-ampere', target, ...(options.run ? { run: options.run } : {}) };
}

/** The messages a rule reports for these keyword arguments (empty when it is satisfied). */
export function findingsOf(rule: Rule, values: Record<string, PyValue>, options?: ContextOptions): Finding[] {
  const context = contextFor(values, options);
  // A rule limited to other releases reports nothing, as in runRules.
  if (rule.versions !== undefined && !hasVersionRange(context.target, rule.versions)) return [];
  const result = rule.check(context);
  if (result === null) return [];
  return Array.isArray(result) ? [...result] : [result as Finding];
}
