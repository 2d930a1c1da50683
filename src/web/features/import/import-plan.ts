import type { DroppedValue, ImportError, ImportNote, ImportResult } from '@/core/import/import-result';
import type { ImportReport } from '@/core/import/import-text';
import type { ArgOwnerId } from '@/core/import/owner-label';
import { pythonRepr } from '@/core/py/python-text';
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
  /** Names another program reads, with their owner: shown, not errors, not put in the form. */
  readonly otherArgs?: readonly OtherArgRow[];
  readonly notes?: readonly ImportNote[];
  /** Processes per node and nodes a pasted launch command gives, for the Launch panel. */
  readonly launch?: PlannedLaunch;
}

export interface OtherArgRow {
  readonly name: string;
  readonly text: string;
  readonly owner: ArgOwnerId;
}

export interface PlannedLaunch {
  readonly launcher: string;
  readonly devicesPerNode: number;
  readonly nodes: number;
}

/** A class the import offers to switch to: the one the text builds, or the one its names point to. */
export interface OfferedClass {
  readonly name: string;
  readonly fromText: boolean;
  readonly names: readonly string[];
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
  const dropped = [
    ...result.dropped,
    ...secrets.map((key) => ({ key, reason: secretReason(key) })),
    ...unkept.map((key) => ({ key, reason: NOT_AN_IDENTIFIER })),
  ];
  return { values, set, dropped, errors: result.errors, ...(result.configClass === undefined ? {} : { configClass: result.configClass }) };
}

/** Whether applying the plan makes sense: something was read, or the text was read cleanly (`{}` resets to defaults). */
export function canApply(plan: ImportPlan): boolean {
  return plan.set.length > 0 || plan.errors.length === 0;
}

/**
 * The plan for a core import report: the constructor arguments go to the form (for `switchTo`, the class to switch
 * to, when the user agrees), other programs' names are listed apart with their owner, and a launch command's
 * process and node counts are offered for the Launch panel.
 * @example planReport(importText('torchrun --nproc_per_node 2 t.py --bf16')).launch // { launcher: 'torchrun', devicesPerNode: 2, nodes: 1 }
 */
export function planReport(report: ImportReport, lookup: FieldLookup = getField, switchTo?: string): ImportPlan {
  const base = planImport({ kwargs: report.imported, dropped: report.notImported, errors: report.errors }, lookup);
  const launch = report.launch;
  const counts = launch !== undefined && (launch.processesPerNode !== undefined || launch.nodes !== undefined);
  return {
    ...base,
    ...(switchTo === undefined ? {} : { configClass: switchTo }),
    otherArgs: report.otherArgs.map((a) => ({ name: a.name, text: pythonRepr(a.value), owner: a.owner })),
    notes: report.notes,
    ...(counts && launch ? { launch: { launcher: launch.launcher, devicesPerNode: launch.processesPerNode ?? 1, nodes: launch.nodes ?? 1 } } : {}),
  };
}

/**
 * The class an import can switch the form to: the one the text builds (`SFTConfig(...)`, or the one its reader
 * implies, as LLaMA-Factory's Seq2SeqTrainingArguments), else the one the names point to, when it differs from
 * the form's.
 * @example offeredClass(importText('SFTConfig(packing=True)'), 'TrainingArguments')?.fromText // true
 */
export function offeredClass(report: ImportReport, current: string): OfferedClass | undefined {
  if (report.configClass !== current) return { name: report.configClass, fromText: true, names: [] };
  const suggestion = report.classSuggestion;
  if (suggestion === undefined || suggestion.className === current) return undefined;
  return { name: suggestion.className, fromText: false, names: suggestion.names };
}
