import type { HardwareProfile } from '../hardware/hardware-profile';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import type { Target } from '../target/target';
import type { Finding, Rule, RuleContext } from './define-rule';

interface ContextOptions {
  floats?: string[];
  hardware?: HardwareProfile;
  /** The release to check for; v5 by default. */
  target?: Target;
}

/** A rule context built the way checkConfig builds it, for rule tests. */
export function contextFor(values: Record<string, PyValue>, options: ContextOptions = {}): RuleContext {
  const input = kwargs(values, options.floats ?? []);
  const target = options.target ?? 'v5';
  return { input, resolved: resolveConfig(input, { target }).values, hardware: options.hardware ?? 'cuda-ampere', target };
}

/** The messages a rule reports for these keyword arguments (empty when it is satisfied). */
export function findingsOf(rule: Rule, values: Record<string, PyValue>, options?: ContextOptions): Finding[] {
  const context = contextFor(values, options);
  // A rule limited to other releases reports nothing, as in runRules.
  if (rule.targets !== undefined && !rule.targets.includes(context.target)) return [];
  const result = rule.check(context);
  if (result === null) return [];
  return Array.isArray(result) ? [...result] : [result as Finding];
}
