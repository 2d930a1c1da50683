import { useDeferredValue, useMemo } from 'react';
import type { Control } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { CheckResult } from '@/core/check/check-config';
import { checkConfig } from '@/core/check/check-config';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { Kwargs } from '@/core/py/py-value';
import type { RunContext } from '@/core/schedule/run-context';
import type { FormValues } from '@/web/shared/form/form-values';
import { toKwargs } from '@/web/shared/form/to-kwargs';

export interface FormCheck extends CheckResult {
  /** The keyword arguments the form stands for, as emitters take them. */
  readonly input: Kwargs;
}

function check(values: FormValues, hardware: HardwareProfile, run: RunContext | undefined): FormCheck {
  const { kwargs, inputIssues } = toKwargs(values);
  try {
    const result = checkConfig(kwargs, run ? { hardware, run } : { hardware });
    return { ...result, ok: result.ok && inputIssues.length === 0, issues: [...inputIssues, ...result.issues], input: kwargs };
  } catch (error) {
    // A checker bug must never take the form down with it: report it and keep the values.
    const detail = error instanceof Error ? error.message : String(error);
    const message = `Internal error while checking: ${detail}`;
    const issue = { severity: 'error' as const, rule: 'web-internal', fields: [], message, messageKo: `검사 중 내부 오류가 발생했습니다: ${detail}` };
    return { ok: false, issues: [...inputIssues, issue], resolved: kwargs.values, provenance: {}, input: kwargs };
  }
}

// The state the build prerendered the panels for: an empty form.
const PRERENDERED_VALUES: FormValues = {};

/**
 * Everything shown besides the inputs, derived from the raw values. Deferred, so typing stays instant
 * and the check catches up in a background render. The first render is of the empty form, as the build
 * prerendered it, so hydrating the panels matches their HTML even when the visitor has typed already.
 */
export function useCheckResult(control: Control<FormValues>, hardware: HardwareProfile, run?: RunContext): FormCheck {
  const values = useWatch({ control }) as FormValues;
  const deferred = useDeferredValue(values, PRERENDERED_VALUES);
  return useMemo(() => check(deferred, hardware, run), [deferred, hardware, run]);
}
