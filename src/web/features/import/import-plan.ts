import type { DroppedValue, ImportError, ImportResult } from '@/core/import/import-result';
import { getField } from '@/core/registry/registry';
import { isWithheldSecret, secretEnvVar } from '@/core/secrets/secret-fields';
import type { FormValues } from '@/web/shared/form/form-values';
import { kwargsToFormValues } from '@/web/shared/form/from-kwargs';
import { formatFieldValue } from '@/web/shared/format/format-value';
import type { FieldLookup } from '@/web/shared/schema/schema';

export interface PlannedValue {
  readonly key: string;
  /** The value as the generated Python writes it. */
  readonly text: string;
  /** Not a v5 field: kept so the Issues list names it (and offers a rename of an old name). */
  readonly unknown: boolean;
}

export interface ImportPlan {
  /** The form values that replace the current ones. */
  readonly values: FormValues;
  readonly set: readonly PlannedValue[];
  readonly dropped: readonly DroppedValue[];
  readonly errors: readonly ImportError[];
  /** The config class the source builds (`SFTConfig(...)`), which the import switches to. */
  readonly configClass?: string;
}

const NOT_AN_IDENTIFIER = 'not a Python name, so TrainingArguments(**kwargs) could not take it either';

function secretReason(key: string): string {
  return `a token is never imported or kept: set ${secretEnvVar(key) ?? 'HF_TOKEN'} where the script runs, and rotate this token, since pasted text may have leaked it`;
}

/**
 * What an import will do to the form: the values it sets (unknown names included), what the
 * importer dropped and why, and what it could not read.
 * @example planImport(importJson('{"evaluation_strategy": "epoch"}')).set[0] // { key: 'evaluation_strategy', text: "'epoch'", unknown: true }
 */
export function planImport(result: ImportResult, lookup: FieldLookup = getField): ImportPlan {
  // A token is never taken into the form: it belongs in the environment where the script runs.
  const secrets = Object.keys(result.kwargs.values).filter((key) => isWithheldSecret(key, result.kwargs.values[key]));
  const kept = Object.fromEntries(Object.entries(result.kwargs.values).filter(([key]) => !secrets.includes(key)));
  const { values, unkept } = kwargsToFormValues({ ...result.kwargs, values: kept }, lookup);
  const set = Object.entries(result.kwargs.values)
    .filter(([key]) => key in values)
    .map(([key, value]) => ({ key, text: formatFieldValue(key, value, result.kwargs, lookup), unknown: lookup(key) === undefined }));
  const dropped = [...result.dropped, ...secrets.map((key) => ({ key, reason: secretReason(key) })), ...unkept.map((key) => ({ key, reason: NOT_AN_IDENTIFIER }))];
  return { values, set, dropped, errors: result.errors, ...(result.configClass === undefined ? {} : { configClass: result.configClass }) };
}

/** Whether applying the plan makes sense: something was read, or the text was read cleanly (`{}` resets to defaults). */
export function canApply(plan: ImportPlan): boolean {
  return plan.set.length > 0 || plan.errors.length === 0;
}
