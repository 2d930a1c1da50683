import { applyPatch } from './apply-patch';
import { checkConfig, type CheckOptions, type CheckResult } from './check-config';
import type { Kwargs } from '../py/py-value';

export interface FixAllResult {
  readonly input: Kwargs;
  readonly applied: readonly string[];
  readonly result: CheckResult;
}

/**
 * Applies every mechanical fix the rules offer, one at a time and re-checking after each, until none is left
 * (or a fix would repeat). Used by `check --fix`; the UI applies fixes one click at a time instead.
 * @example fixAll(kwargs({ evaluation_strategy: 'epoch' })).input.values // { eval_strategy: 'epoch' }
 */
export function fixAll(input: Kwargs, options: CheckOptions = {}): FixAllResult {
  const applied: string[] = [];
  const seen = new Set<string>();
  let current = input;
  let result = checkConfig(current, options);
  for (;;) {
    const next = result.issues.find((i) => i.severity !== 'info' && i.fix && !seen.has(`${i.rule}:${i.fix.label}`));
    if (!next?.fix) return { input: current, applied, result };
    seen.add(`${next.rule}:${next.fix.label}`);
    applied.push(next.fix.label);
    current = applyPatch(current, next.fix.patch);
    result = checkConfig(current, options);
  }
}
