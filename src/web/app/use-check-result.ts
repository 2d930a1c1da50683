import { useEffect, useMemo, useRef, useState } from 'react';
import type { Control } from 'react-hook-form';
import { useWatch } from 'react-hook-form';
import type { CheckResult } from '@/core/check/check-config';
import { checkConfig } from '@/core/check/check-config';
import { inputIssue } from '@/core/check/input-messages';
import { message } from '@/core/i18n/messages/message';
import type { HardwareProfile } from '@/core/hardware/hardware-profile';
import type { Kwargs } from '@/core/py/py-value';
import type { Issue } from '@/core/rules/define-rule';
import type { RunContext } from '@/core/schedule/run-context';
import type { FormValues } from '@/web/shared/form/form-values';
import type { FormKwargs } from '@/web/shared/form/to-kwargs';
import { toKwargs } from '@/web/shared/form/to-kwargs';
import type { FormSchema } from '@/web/shared/schema/schema';
import { useSchema } from '@/web/shared/schema/schema';

export interface FormCheck extends CheckResult {
  /** The keyword arguments the form stands for, as emitters take them. */
  readonly input: Kwargs;
}

/** The form's keyword arguments and the release and class they were read for: checked together, never one without the other. */
export interface FormInput extends FormKwargs {
  readonly schema: FormSchema;
}

function check({ kwargs, inputIssues, schema }: FormInput, hardware: HardwareProfile, run: RunContext | undefined): FormCheck {
  try {
    const result = checkConfig(kwargs, { hardware, target: schema.target, configClass: schema.configClass, ...(run ? { run } : {}) });
    return { ...result, ok: result.ok && inputIssues.length === 0, issues: [...inputIssues, ...result.issues], input: kwargs };
  } catch (error) {
    // A checker bug must never take the form down with it: report it and keep the values.
    const detail = error instanceof Error ? error.message : String(error);
    const issue = inputIssue('web-internal', [], message('input.internal-error', { detail }));
    return { ok: false, issues: [...inputIssues, issue], resolved: kwargs.values, provenance: {}, input: kwargs };
  }
}

// Everything an issue shows or does: its words (English and the code every catalogue renders) and its fix's patch (values included).
const exactNumbers = (_key: string, value: unknown): unknown => (typeof value === 'number' && !Number.isFinite(value) ? `#${value}` : value);
const issueKey = (issue: Issue): string =>
  JSON.stringify(
    [
      issue.severity,
      issue.rule,
      issue.fields,
      issue.message,
      issue.text,
      issue.fix?.label,
      issue.fix?.text,
      issue.fix && Object.entries(issue.fix.patch).map(([k, v]) => [k, v === undefined ? null : [v]]),
    ],
    exactNumbers,
  );

function sameIssues(a: readonly Issue[], b: readonly Issue[]): boolean {
  return a.length === b.length && a.every((issue, i) => issueKey(issue) === issueKey(b[i]!));
}

// The state the build prerendered the panels for: an empty form.
const PRERENDERED_VALUES: FormValues = {};

/**
 * The form's raw values as keyword arguments, in the keystroke's own render (the conversion is a loop over
 * the set values). The first render is of the empty form, as the build prerendered it, so hydrating the
 * panels matches their HTML even when the visitor typed already.
 */
export function useFormInput(control: Control<FormValues>): FormInput {
  const live = useWatch({ control }) as FormValues;
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const values = hydrated ? live : PRERENDERED_VALUES;
  const schema = useSchema();
  return useMemo(() => ({ ...toKwargs(values, schema.lookup), schema }), [values, schema]);
}

/**
 * Everything the checker says of the form (well under a millisecond), under the release and class its values
 * were read for: input a frame old, after a switch, is not checked against the new class's fields. The issue
 * list keeps its identity while it says the same, so a keystroke that changes no issue re-renders no issue.
 */
export function useCheckResult(input: FormInput, hardware: HardwareProfile, run?: RunContext): FormCheck {
  const previousIssues = useRef<readonly Issue[]>([]);
  return useMemo(() => {
    const result = check(input, hardware, run);
    if (sameIssues(previousIssues.current, result.issues)) return { ...result, issues: previousIssues.current };
    previousIssues.current = result.issues;
    return result;
  }, [input, hardware, run]);
}
