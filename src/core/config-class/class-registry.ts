import type { SectionedField } from '../registry/define-field';
import { fieldsFor } from '../registry/registry';
import { hasVersionRange, type Target } from '../target/target';
import { CONFIG_CLASSES, DEFAULT_CONFIG_CLASS, getConfigClass } from './classes';
import type { ClassFieldSpec, ConfigClassDef } from './define-config-class';
import { TRL_FIELD_TEXTS } from './trl/field-texts';

/**
 * The config classes offered on a target: `TrainingArguments` and `Seq2SeqTrainingArguments` everywhere,
 * TRL's classes from the release their `since` names.
 * @example configClassesFor('v4').map((c) => c.name) // ['TrainingArguments', 'Seq2SeqTrainingArguments']
 */
export function configClassesFor(target: Target): readonly ConfigClassDef[] {
  return CONFIG_CLASSES.filter((c) => hasVersionRange(target, c));
}

/** Whether the class exists on the target (an unknown name does not). */
export function isClassOnTarget(name: string, target: Target): boolean {
  const found = getConfigClass(name);
  return found !== undefined && hasVersionRange(target, found);
}

/** A class field as a registry entry, with its texts. */
function asRegistryField(spec: ClassFieldSpec, section: SectionedField['section'], base?: SectionedField): SectionedField {
  const text = TRL_FIELD_TEXTS[spec.name];
  const summary = spec.summary ?? base?.summary ?? text?.summary ?? spec.name;
  const help = spec.help ?? base?.help ?? text?.help ?? summary;
  return {
    ...(base ?? {}),
    name: spec.name,
    kind: spec.kind,
    pyType: spec.pyType,
    default: spec.default,
    tier: spec.tier ?? base?.tier ?? 'advanced',
    section,
    summary,
    help,
    ...(spec.nullable === true ? { nullable: true } : {}),
    ...(spec.choices ? { choices: spec.choices } : {}),
    ...(spec.items ? { items: spec.items } : {}),
    ...(spec.deprecated ? { deprecated: spec.deprecated } : {}),
  };
}

const CACHE = new Map<string, readonly SectionedField[]>();

/**
 * Every field of `className` on the target, in form order: the release's `TrainingArguments` fields, with
 * the class's defaults where it redeclares them, then the class's own fields in the `class` section. A
 * redeclared field the release does not have (KTO's `train_sampling_strategy` on 4.x) joins the class's own.
 * @example classFieldsFor('v5', 'SFTConfig').find((f) => f.name === 'logging_steps')?.default // 10
 */
export function classFieldsFor(target: Target, className: string = DEFAULT_CONFIG_CLASS): readonly SectionedField[] {
  const key = `${target}\u0000${className}`;
  const cached = CACHE.get(key);
  if (cached) return cached;
  const base = fieldsFor(target);
  const cls = getConfigClass(className);
  if (cls === undefined || (cls.overrides.length === 0 && cls.fields.length === 0)) {
    CACHE.set(key, base);
    return base;
  }
  const overrides = new Map(cls.overrides.map((o) => [o.name, o]));
  const baseNames = new Set(base.map((f) => f.name));
  const merged = base.map((field) => {
    const override = overrides.get(field.name);
    return override ? asRegistryField(override, field.section, field) : field;
  });
  const own = [...cls.overrides.filter((o) => !baseNames.has(o.name)), ...cls.fields].map((spec) => asRegistryField(spec, 'class'));
  const fields = [...merged, ...own];
  CACHE.set(key, fields);
  return fields;
}

/** The class's field called `name` on the target. */
export function getClassField(name: string, target: Target, className: string = DEFAULT_CONFIG_CLASS): SectionedField | undefined {
  return classFieldsFor(target, className).find((f) => f.name === name);
}

/** The fields a class adds on the target (its own, not the redeclared `TrainingArguments` ones), as the class declares them. */
export function ownFieldSpecs(target: Target, className: string): readonly ClassFieldSpec[] {
  const cls = getConfigClass(className);
  if (cls === undefined) return [];
  const baseNames = new Set(fieldsFor(target).map((f) => f.name));
  return [...cls.overrides.filter((o) => !baseNames.has(o.name)), ...cls.fields];
}
