import type { PyValue } from '../py/py-value';
import { DEFAULT_TARGET, hasVersionRange, TARGETS, type Target } from '../target/target';
import type { FieldDef, SectionedField, SectionId, Tier } from './define-field';
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
import { deprecatedAliasFields } from './v4/deprecated-aliases';
import { legacyFields } from './v4/legacy-fields';
import { FIELD_OVERRIDES, type FieldOverride } from './field-overrides';

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
  // Filled per config class (see config-class/class-registry.ts); TrainingArguments adds none.
  class: [],
};

export type { SectionedField } from './define-field';

/** Every `TrainingArguments` field of the 5.x field files (all 5.x releases), in form order (section by section). */
const DECLARED_FIELDS: readonly SectionedField[] = SECTION_IDS.flatMap((section) => BY_SECTION[section].map((field) => ({ ...field, section })));

/** Fields only older targets have, each with its section. */
const OLDER_FIELDS: readonly SectionedField[] = [...legacyFields, ...deprecatedAliasFields];
const TIER_RANK: Readonly<Record<Tier, number>> = { core: 0, advanced: 1, expert: 2, hidden: 3 };

interface TargetRegistry {
  readonly fields: readonly SectionedField[];
  readonly byName: ReadonlyMap<string, SectionedField>;
}

const BY_TARGET = new Map<Target, TargetRegistry>();

/** The overrides of every entry that holds for the target, merged field by field (later entries win per property). */
function overridesFor(target: Target): Record<string, FieldOverride> {
  const merged: Record<string, FieldOverride> = {};
  for (const entry of FIELD_OVERRIDES.filter((e) => hasVersionRange(target, e))) {
    for (const [name, override] of Object.entries(entry.values)) merged[name] = { ...merged[name], ...override };
  }
  return merged;
}

function registryFor(target: Target): TargetRegistry {
  const cached = BY_TARGET.get(target);
  if (cached) return cached;
  const overrides: Readonly<Record<string, FieldOverride>> = overridesFor(target);
  const present = [...DECLARED_FIELDS, ...OLDER_FIELDS]
    .filter((field) => hasVersionRange(target, field))
    .map((field) => (overrides[field.name] ? { ...field, ...overrides[field.name] } : field));
  // Section by section, and within a section by tier, so an older field joins the fields of its prominence.
  const fields = SECTION_IDS.flatMap((section) => present.filter((f) => f.section === section).sort((a, b) => TIER_RANK[a.tier] - TIER_RANK[b.tier]));
  const built = { fields, byName: new Map(fields.map((f) => [f.name, f])) };
  BY_TARGET.set(target, built);
  return built;
}

/** Every field of the default target, in form order. */
export const ALL_FIELDS: readonly SectionedField[] = fieldsFor(DEFAULT_TARGET);

/**
 * Every `TrainingArguments` field of the targeted release, in form order, as that release declares it
 * (defaults, choices, annotation).
 * @example fieldsFor('4.56').some((f) => f.name === 'no_cuda') // true
 */
export function fieldsFor(target: Target): readonly SectionedField[] {
  return registryFor(target).fields;
}

/** The field called `name` in the target (the default target when absent), or undefined for a name that release does not have.
 * @example getField('learning_rate')?.default // 5e-5
 */
export function getField(name: string, target: Target = DEFAULT_TARGET): SectionedField | undefined {
  return registryFor(target).byName.get(name);
}

/**
 * A field the caller knows the target has (a message naming it, say); throws otherwise.
 * @example fieldIn('learning_rate', '5.2-5.5').default // 5e-5
 */
export function fieldIn(name: string, target: Target): SectionedField {
  const field = getField(name, target);
  if (field === undefined) throw new Error(`${name} is not a field of ${target}`);
  return field;
}

export function isFieldName(name: string, target: Target = DEFAULT_TARGET): boolean {
  return registryFor(target).byName.has(name);
}

/** The fields of one section, in display order. */
export function fieldsOf(section: SectionId, target: Target = DEFAULT_TARGET): readonly SectionedField[] {
  return fieldsFor(target).filter((f) => f.section === section);
}

/** The target's library defaults keyed by field name (a fresh object each call, safe to mutate).
 * @example defaultValuesFor('4.56').report_to // null
 */
export function defaultValuesFor(target: Target): Record<string, PyValue> {
  return Object.fromEntries(fieldsFor(target).map((f) => [f.name, structuredClone(f.default)]));
}

/** The default target's library defaults keyed by field name (a fresh object each call, safe to mutate).
 * @example defaultValues().save_steps // 500
 */
export function defaultValues(): Record<string, PyValue> {
  return defaultValuesFor(DEFAULT_TARGET);
}

/**
 * The field called `name` in whichever target has it (newest band first), for telling a name a release does
 * not have yet, or no longer has, from a name that never existed.
 * @example fieldInAnyTarget('no_cuda')?.until // '5.0'
 */
export function fieldInAnyTarget(name: string): SectionedField | undefined {
  for (const target of TARGETS) {
    const field = getField(name, target);
    if (field) return field;
  }
  return undefined;
}
