import type { PyValue } from '../py/py-value';
import type { KwargSpec } from '../registry/scheduler-kwargs';
import { pyFloat, pyNumber } from '../schedule/py-number';
import { defineRule, type Finding } from './define-rule';
import { pythonRepr } from './python-text';
import { schedulerKwargs, schedulerSpec } from './scheduler-kwarg-spec';

/** What Python does with the value, or null when the schedule can use it. */
function problem(value: PyValue, spec: KwargSpec): string | null {
  if (value === null) return spec.nullable ? null : 'None cannot take part in the arithmetic (TypeError)';
  switch (spec.kind) {
    case 'choice':
      return null;
    case 'float-cast':
      return pyFloat(value) === null ? `float() cannot read ${pythonRepr(value)} (ValueError/TypeError)` : null;
    case 'number-or-list':
      if (Array.isArray(value)) return value.every((item) => pyNumber(item) !== null) ? null : 'the list must hold only numbers';
      return pyNumber(value) === null ? `${pythonRepr(value)} is not a number, so the comparison raises TypeError` : null;
    case 'number':
      return pyNumber(value) === null ? `${pythonRepr(value)} is not a number, so the arithmetic raises TypeError` : null;
  }
}

/** A mechanical repair: a string that Python's float() reads is surely meant as that number. */
function asNumber(value: PyValue): number | null {
  return typeof value === 'string' ? pyFloat(value) : null;
}

/**
 * The schedule functions do arithmetic on their kwargs without converting them (except a few `float()` calls),
 * so a string such as "1e-7" — which the library's JSON-string coercion leaves alone — breaks them.
 */
export const schedulerKwargType = defineRule({
  id: 'scheduler-kwarg-type',
  fields: ['lr_scheduler_kwargs', 'lr_scheduler_type'],
  severity: 'error',
  source: 'trainer',
  description: 'Each lr_scheduler_kwargs value must have a type the chosen schedule can compute with.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    if (spec === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) {
      return {
        message: `lr_scheduler_kwargs must be a dict (or a JSON object string starting with "{"); the Trainer unpacks it with ** into the ${type} schedule, which raises TypeError for ${pythonRepr(resolved.lr_scheduler_kwargs ?? null)}.`,
      };
    }
    const findings: Finding[] = [];
    for (const [key, value] of Object.entries(kwargs)) {
      const kwargSpec = spec.kwargs[key];
      if (kwargSpec === undefined) continue;
      const why = problem(value, kwargSpec);
      if (why === null) continue;
      const number = asNumber(value);
      findings.push({
        message:
          `lr_scheduler_kwargs["${key}"] breaks the ${type} schedule: ${why}. Write it as a JSON number` +
          (typeof value === 'string' ? ' — strings such as "1e-7" or "-1" are not turned into numbers, even inside a JSON string.' : '.'),
        ...(number === null || Number.isNaN(number)
          ? {}
          : { fix: { label: `Write ${key} as the number ${String(number)}`, patch: { lr_scheduler_kwargs: { ...kwargs, [key]: number } } } }),
      });
    }
    return findings;
  },
});
