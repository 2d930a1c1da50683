import type { HardwareProfile } from '../hardware/hardware-profile';
import { kwargs, type PyValue } from '../py/py-value';
import { resolveConfig } from '../resolve/resolve-config';
import type { Finding, Rule, RuleContext } from './define-rule';

/** A rule context built the way checkConfig builds it, for rule tests. */
export function contextFor(values: Record<string, PyValue>, options: { floats?: string[]; hardware?: HardwareProfile } = {}): RuleContext {
  const input = kwargs(values, options.floats ?? []);
  return { input, resolved: resolveConfig(input).values, hardware: options.hardware ?? 'cuda-ampere' };
}

/** The messages a rule reports for these keyword arguments (empty when it is satisfied). */
export function findingsOf(rule: Rule, values: Record<string, PyValue>, options?: { floats?: string[]; hardware?: HardwareProfile }): Finding[] {
  const result = rule.check(contextFor(values, options));
  if (result === null) return [];
  return Array.isArray(result) ? [...result] : [result as Finding];
}
