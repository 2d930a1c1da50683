import { applyPatch } from './apply-patch';
import { checkConfig, type CheckOptions, type CheckResult } from './check-config';
import type { Kwargs } from '../py/py-value';
import type { Fix } from '../rules/define-rule';

export interface FixAllResult {
  readonly input: Kwargs;
  /** The labels of the fixes applied, in order (English, as `check --fix --json` prints them). */
  readonly applied: readonly string[];
  /** The same fixes, for callers that show their Korean labels. */
  readonly appliedFixes: readonly Fix[];
  readonly result: CheckResult;
}

/**
 * Applies every mechanical fix the rules offer, one at a time and re-checking after each, until none is left
 * (or a fix would repeat). Used by `check --fix`; the UI applies fixes one click at a time instead.
 * @example fixAll(kwargs({ evaluation_strategy: 'epoch' })).input.values // { eval_strategy: 'epoch' }
 */
export function fixAll(input: Kwargs, options: CheckOptions = {}): FixAllResult {
  const applied: string[] = [];
  const appliedFixes: Fix[] = [];
  const seen = new Set<string>();
  let current = input;
  let result = checkConfig(current, options);
  for (;;) {
    const next = result.issues.find((i) => i.severity !== 'info' && i.fix && !seen.has(`${i.rule}:${i.fix.label}`));
    if (!next?.fix) return { input: current, applied, appliedFixes, result };
    seen.add(`${next.rule}:${next.fix.label}`);
    applied.push(next.fix.label);
    appliedFixes.push(next.fix);
    current = applyPatch(current, next.fix.patch);
    result = checkConfig(current, options);
  }
}
