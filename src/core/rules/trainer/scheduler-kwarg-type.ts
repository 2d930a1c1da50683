import { message } from '../../i18n/messages/message';
import type { PyValue } from '../../py/py-value';
import type { KwargSpec } from '../../registry/scheduler-kwargs';
import { pyFloat, pyNumber } from '../../schedule/py-number';
import { defineRule, type Finding } from '../define-rule';
import { pythonRepr } from '../../py/python-text';
import { schedulerKwargs, schedulerSpec } from '../scheduler-kwarg-spec';

/** Why Python fails on a kwarg's value (the catalogues word each one). */
export type KwargProblem = 'none-in-arithmetic' | 'float-unreadable' | 'list-not-numbers' | 'compare-not-number' | 'arithmetic-not-number';

/** What Python does with the value, or null when the schedule can use it. */
function problem(value: PyValue, spec: KwargSpec): KwargProblem | null {
  if (value === null) return spec.nullable ? null : 'none-in-arithmetic';
  switch (spec.kind) {
    case 'choice':
      return null;
    case 'float-cast':
      return pyFloat(value) === null ? 'float-unreadable' : null;
    case 'number-or-list':
      if (Array.isArray(value)) return value.every((item) => pyNumber(item) !== null) ? null : 'list-not-numbers';
      return pyNumber(value) === null ? 'compare-not-number' : null;
    case 'number':
      return pyNumber(value) === null ? 'arithmetic-not-number' : null;
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
  stage: 'config',
  messages: ['scheduler-kwarg-type', 'scheduler-kwarg-type.not-dict', 'scheduler-kwarg-type.fix'],
  description: 'Each lr_scheduler_kwargs value must have a type the chosen schedule can compute with.',
  check: ({ resolved }) => {
    const spec = schedulerSpec(resolved);
    if (spec === undefined || !spec.takesKwargs) return null;
    const type = String(resolved.lr_scheduler_type);
    const kwargs = schedulerKwargs(resolved);
    if (kwargs === undefined) {
      const repr = pythonRepr(resolved.lr_scheduler_kwargs ?? null);
      return { text: message('scheduler-kwarg-type.not-dict', { type, repr }) };
    }
    const findings: Finding<'scheduler-kwarg-type' | 'scheduler-kwarg-type.not-dict'>[] = [];
    for (const [key, value] of Object.entries(kwargs)) {
      const kwargSpec = spec.kwargs[key];
      if (kwargSpec === undefined) continue;
      const why = problem(value, kwargSpec);
      if (why === null) continue;
      const number = asNumber(value);
      findings.push({
        text: message('scheduler-kwarg-type', { key, type, why, repr: pythonRepr(value), isString: typeof value === 'string' }),
        ...(number === null || Number.isNaN(number)
          ? {}
          : { fix: { text: message('scheduler-kwarg-type.fix', { key, number }), patch: { lr_scheduler_kwargs: { ...kwargs, [key]: number } } } }),
      });
    }
    return findings;
  },
});

declare module '../../i18n/messages/message' {
  interface MessageParams {
    'scheduler-kwarg-type': { readonly key: string; readonly type: string; readonly why: KwargProblem; readonly repr: string; readonly isString: boolean };
    'scheduler-kwarg-type.not-dict': { readonly type: string; readonly repr: string };
    'scheduler-kwarg-type.fix': { readonly key: string; readonly number: number };
  }
}
