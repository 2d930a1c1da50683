import type { PyValue } from '../py/py-value';
import type { FieldDef, SectionId } from './define-field';
import { SECTION_IDS } from './define-field';
import { checkpointingFields } from './fields/checkpointing';
import { dataloaderFields } from './fields/dataloader';
import { distributedFields } from './fields/distributed';
import { evaluationFields } from './fields/evaluation';
import { hardwareFields } from './fields/hardware';
import { hubFields } from './fields/hub';
import { loggingFields } from './fields/logging';
import { optimizerFields } from './fields/optimizer';
import { precisionFields } from './fields/precision';
import { schedulerFields } from './fields/scheduler';
import { scriptFields } from './fields/script';
import { trainingFields } from './fields/training';

const BY_SECTION: Record<SectionId, readonly FieldDef[]> = {
  training: trainingFields,
  optimizer: optimizerFields,
  scheduler: schedulerFields,
  evaluation: evaluationFields,
  checkpointing: checkpointingFields,
  logging: loggingFields,
  precision: precisionFields,
  hardware: hardwareFields,
  dataloader: dataloaderFields,
  distributed: distributedFields,
  hub: hubFields,
  script: scriptFields,
};

export interface SectionedField extends FieldDef {
  readonly section: SectionId;
}

/** Every v5 `TrainingArguments` field, in form order (section by section). */
export const ALL_FIELDS: readonly SectionedField[] = SECTION_IDS.flatMap((section) =>
  BY_SECTION[section].map((field) => ({ ...field, section })),
);

const FIELD_BY_NAME: ReadonlyMap<string, SectionedField> = new Map(ALL_FIELDS.map((f) => [f.name, f]));

/** The field called `name`, or undefined for a name v5 does not have.
 * @example getField('learning_rate')?.default // 5e-5
 */
export function getField(name: string): SectionedField | undefined {
  return FIELD_BY_NAME.get(name);
}

export function isFieldName(name: string): boolean {
  return FIELD_BY_NAME.has(name);
}

/** The fields of one section, in display order. */
export function fieldsOf(section: SectionId): readonly SectionedField[] {
  return ALL_FIELDS.filter((f) => f.section === section);
}

/** Library defaults keyed by field name (a fresh object each call, safe to mutate).
 * @example defaultValues().save_steps // 500
 */
export function defaultValues(): Record<string, PyValue> {
  return Object.fromEntries(ALL_FIELDS.map((f) => [f.name, structuredClone(f.default)]));
}
