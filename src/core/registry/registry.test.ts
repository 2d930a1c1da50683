import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KO } from '../i18n/ko';
import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import { classFieldsFor, configClassesFor } from '../config-class/class-registry';
import { CLI_SHAPE_KINDS, cliShapeOf } from '../emit/cli-shape';
import { ALL_RULES } from '../rules/index';
import { TARGETS } from '../target/target';
import type { FieldDef, Tier, ValueShape } from './define-field';
import { SECTION_IDS, VALUE_SHAPES } from './define-field';
import { defaultValuesFor, fieldsFor, fieldsOf as fieldsOfTarget, getField as getFieldOf, type SectionedField } from './registry';

// fields.json and enums.json describe the 5.2–5.5 snapshot, so this file checks that band's fields.
const ALL_FIELDS: readonly SectionedField[] = fieldsFor('5.2-5.5');
const getField = (name: string): SectionedField | undefined => getFieldOf(name, '5.2-5.5');
const fieldsOf = (id: (typeof SECTION_IDS)[number]): readonly SectionedField[] => fieldsOfTarget(id, '5.2-5.5');
const defaultValues = (): ReturnType<typeof defaultValuesFor> => defaultValuesFor('5.2-5.5');
import { SECTIONS } from './sections';

interface RefField {
  readonly name: string;
  readonly default: unknown;
  readonly help: string;
  readonly ui_tier: Tier;
  readonly deprecated: { readonly value: boolean };
}

interface RefEnum {
  readonly field?: string;
  readonly fields?: readonly string[];
  readonly values?: readonly (string | { readonly value: string })[] | Readonly<Record<string, number>>;
  readonly special?: Readonly<Record<string, string>>;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../../test/reference/${file}`, import.meta.url), 'utf8'));
}

const REF_FIELDS = readJson('fields.json') as readonly RefField[];
const REF_ENUMS = readJson('enums.json') as Readonly<Record<string, unknown>>;

// Defaults the reference writes as prose or a factory; the registry uses the reference profile's value.
const DEFAULT_EXCEPTIONS: Readonly<Record<string, PyValue>> = {
  optim: 'adamw_torch_fused',
  include_for_metrics: [],
};

const TIER_ORDER: readonly Tier[] = ['core', 'advanced', 'expert', 'hidden'];

/** Value sets per field from enums.json; `*_common_values` entries are suggestions, not choices. */
function enumValueSets(): { choices: Map<string, string[]>; suggestions: Map<string, string[]> } {
  const choices = new Map<string, string[]>();
  const suggestions = new Map<string, string[]>();
  for (const [key, raw] of Object.entries(REF_ENUMS)) {
    if (!isDict(raw as PyValue)) continue;
    const entry = raw as RefEnum;
    if (entry.values === undefined) continue;
    const listed = Array.isArray(entry.values)
      ? entry.values.map((v: string | { value: string }) => (typeof v === 'string' ? v : v.value))
      : Object.keys(entry.values);
    const values = [...listed, ...Object.keys(entry.special ?? {})];
    const target = key.endsWith('_common_values') ? suggestions : choices;
    for (const name of entry.field !== undefined ? [entry.field] : (entry.fields ?? [])) target.set(name, values);
  }
  return { choices, suggestions };
}

function isNumberInRange(field: FieldDef, value: number): boolean {
  if (field.min !== undefined && value < field.min) return false;
  if (field.max !== undefined && (field.exclusiveMax ? value >= field.max : value > field.max)) return false;
  return true;
}

/** Whether `value` fits the field's own declaration: kind, nullability, choices and bounds. */
function fitsField(field: FieldDef, value: PyValue): boolean {
  if (value === null) return field.nullable === true;
  const inChoices = (v: string): boolean => field.choices === undefined || field.choices.includes(v);
  switch (field.kind) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && isNumberInRange(field, value);
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) && isNumberInRange(field, value);
    case 'bool':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'enum':
      return typeof value === 'string' && inChoices(value);
    case 'list':
      if (typeof value === 'string') return value.split(/\s+/).filter(Boolean).every(inChoices);
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && inChoices(v));
    case 'dict':
      return isDict(value) || typeof value === 'string';
    case 'object':
      return false;
  }
}

function expectedDefault(ref: RefField): unknown {
  return ref.name in DEFAULT_EXCEPTIONS ? DEFAULT_EXCEPTIONS[ref.name] : ref.default;
}

describe('ALL_FIELDS', () => {
  const names = ALL_FIELDS.map((f) => f.name);
  const refByName = new Map(REF_FIELDS.map((r) => [r.name, r]));

  it('holds every reference field exactly once and nothing else', () => {
    expect(REF_FIELDS).toHaveLength(109);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(REF_FIELDS.map((r) => r.name).sort());
  });

  it('places every field in a section that SECTIONS describes', () => {
    expect(SECTIONS.map((s) => s.id)).toEqual([...SECTION_IDS]);
    for (const field of ALL_FIELDS) expect(SECTION_IDS).toContain(field.section);
    // The `class` section holds a config class's own fields; plain TrainingArguments has none.
    for (const id of SECTION_IDS) if (id !== 'class') expect(fieldsOf(id).length).toBeGreaterThan(0);
    expect(fieldsOf('class')).toEqual([]);
  });

  it('uses the reference default for every field', () => {
    for (const field of ALL_FIELDS) {
      const ref = refByName.get(field.name);
      expect(ref, field.name).toBeDefined();
      if (ref) expect(field.default, field.name).toEqual(expectedDefault(ref));
    }
  });

  it('keeps the profile-dependent optim default consistent with the reference text', () => {
    const refText = String(refByName.get('optim')?.default);
    expect(refText).toContain(String(getField('optim')?.default));
    expect(refByName.get('include_for_metrics')?.default).toBe('<factory: list>');
  });

  it('offers exactly the enum values of enums.json as choices', () => {
    const { choices } = enumValueSets();
    for (const field of ALL_FIELDS) {
      const expected = choices.get(field.name);
      expect(field.choices !== undefined, `${field.name} has choices`).toBe(expected !== undefined);
      if (expected && field.choices) {
        expect(new Set(field.choices).size, field.name).toBe(field.choices.length);
        expect([...field.choices].sort(), field.name).toEqual([...expected].sort());
      }
    }
  });

  it('suggests the common free-text values listed in enums.json', () => {
    const { suggestions } = enumValueSets();
    expect(suggestions.size).toBeGreaterThan(0);
    for (const [name, values] of suggestions) {
      expect([...(getField(name)?.suggestions ?? [])].sort(), name).toEqual([...values].sort());
    }
  });

  it('uses the reference UI tier for every field', () => {
    for (const field of ALL_FIELDS) expect(field.tier, field.name).toBe(refByName.get(field.name)?.ui_tier);
  });

  it('orders each section core first, then advanced, expert and hidden', () => {
    for (const id of SECTION_IDS) {
      const ranks = fieldsOf(id).map((f) => TIER_ORDER.indexOf(f.tier));
      expect(ranks, id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('marks exactly the reference deprecated fields as deprecated, with a replacement hint', () => {
    const deprecated = ALL_FIELDS.filter((f) => f.deprecated !== undefined).map((f) => f.name);
    const expected = REF_FIELDS.filter((r) => r.deprecated.value).map((r) => r.name);
    expect(deprecated.sort()).toEqual(expected.sort());
    for (const name of deprecated) expect(getField(name)?.deprecated?.trim().length ?? 0).toBeGreaterThan(10);
  });

  it('gives every field a one-line summary of at most 110 characters and a longer help', () => {
    for (const field of ALL_FIELDS) {
      expect(field.summary.trim().length, field.name).toBeGreaterThan(0);
      expect(field.summary.length, field.name).toBeLessThanOrEqual(110);
      expect(field.summary, field.name).not.toContain('\n');
      expect(field.help.trim().length, field.name).toBeGreaterThan(field.summary.length / 2);
      expect(field.help.startsWith(field.summary), `${field.name} help repeats the summary`).toBe(false);
    }
  });

  it('words summaries and help differently from the reference one-liners', () => {
    for (const field of ALL_FIELDS) {
      const refHelp = refByName.get(field.name)?.help ?? '';
      expect(field.summary, field.name).not.toBe(refHelp);
      expect(field.help.includes(refHelp), field.name).toBe(false);
    }
  });

  it('declares a default that passes the field’s own constraints', () => {
    for (const field of ALL_FIELDS) expect(fitsField(field, field.default), field.name).toBe(true);
  });

  it('rejects values that break a field’s declaration (sanity check of the constraint checker)', () => {
    const field = (name: string): FieldDef => {
      const found = getField(name);
      if (!found) throw new Error(`missing field ${name}`);
      return found;
    };
    expect(fitsField(field('per_device_train_batch_size'), 0)).toBe(false);
    expect(fitsField(field('per_device_train_batch_size'), 2.5)).toBe(false);
    expect(fitsField(field('adam_beta1'), 1)).toBe(false);
    expect(fitsField(field('optim'), 'adamw_hf')).toBe(false);
    expect(fitsField(field('report_to'), ['wandb', 'nope'])).toBe(false);
    expect(fitsField(field('learning_rate'), null)).toBe(false);
    expect(fitsField(field('debug'), 'underflow_overflow tpu_metrics_debug')).toBe(true);
  });

  it('serves every field through getField and defaultValues', () => {
    const defaults = defaultValues();
    expect(Object.keys(defaults).sort()).toEqual([...names].sort());
    for (const field of ALL_FIELDS) {
      expect(getField(field.name)).toBe(field);
      expect(defaults[field.name], field.name).toEqual(field.default);
    }
    expect(getField('evaluation_strategy')).toBeUndefined();
  });

  it('has Korean summary and help for every field, and no Korean entry for a name no 5.x band has', () => {
    const v5Names = new Set([...names, ...fieldsFor('5.15-5.18').map((f) => f.name)]);
    expect(Object.keys(KO.fields).sort()).toEqual([...v5Names].sort());
    for (const field of ALL_FIELDS) {
      const ko = KO.fields[field.name];
      expect(ko?.summary.trim().length ?? 0, field.name).toBeGreaterThan(0);
      expect(ko?.help.trim().length ?? 0, field.name).toBeGreaterThan(0);
    }
  });

  it('has a Korean title for every section', () => {
    for (const id of SECTION_IDS) expect(KO.sections[id].title.trim().length, id).toBeGreaterThan(0);
  });
});

describe('field facts, on every target and config class', () => {
  // Every field a target and class can show, each once per (target, class).
  const cases = TARGETS.flatMap((target) =>
    configClassesFor(target).flatMap((cls) =>
      classFieldsFor(target, cls.name).map((field) => ({ where: `${field.name} (${target}, ${cls.name})`, target, field })),
    ),
  );
  const numeric = (field: FieldDef): boolean => field.kind === 'int' || field.kind === 'float';
  const ruleIds = new Map(ALL_RULES.map((rule) => [rule.id, rule]));

  /** The shape of a default as the schema checks see it (a whole number also counts as a `number`). */
  function shapesOfValue(value: PyValue): ValueShape[] {
    if (value === null) return ['none'];
    if (typeof value === 'number') return Number.isInteger(value) ? ['int', 'number'] : ['number'];
    if (typeof value === 'boolean') return ['bool'];
    if (typeof value === 'string') return ['string'];
    return Array.isArray(value) ? ['list'] : ['dict'];
  }

  it('covers every band, gap release and class', () => {
    expect(new Set(cases.map((c) => c.target)).size).toBe(TARGETS.length);
    expect(cases.length).toBeGreaterThan(TARGETS.length * 100);
  });

  it('gives JSON-string parsing only to dict fields whose annotation takes a str, numbered in parsing order', () => {
    for (const { where, field } of cases.filter((c) => c.field.jsonString !== undefined)) {
      expect(field.kind, where).toBe('dict');
      expect(
        field.pyType.split('|').map((part) => part.trim()),
        where,
      ).toContain('str');
    }
    for (const target of TARGETS) {
      const order = fieldsFor(target)
        .flatMap((f) => (f.jsonString === undefined ? [] : [f.jsonString]))
        .sort((a, b) => a - b);
      expect(order, target).toEqual(order.map((_, i) => i + 1));
      expect(order.length, target).toBeGreaterThan(0);
    }
  });

  it('records union shapes from the known set, without repeats, that admit the field’s own default', () => {
    for (const { where, field } of cases.filter((c) => c.field.shapes !== undefined)) {
      const shapes = field.shapes ?? [];
      expect(shapes.length, where).toBeGreaterThan(1);
      expect(new Set(shapes).size, where).toBe(shapes.length);
      for (const shape of shapes) expect(VALUE_SHAPES, where).toContain(shape);
      expect(
        shapesOfValue(field.default).some((shape) => shapes.includes(shape)),
        where,
      ).toBe(true);
    }
  });

  it('gives numeric facts only to numbers: whole floats to ints, zero rules to ints that must be at least 1', () => {
    for (const { where, field } of cases) {
      if (field.wholeFloatOk) expect(field.kind, where).toBe('int');
      if (field.libraryTyped) expect(numeric(field), where).toBe(true);
      if (field.libraryBounded) expect(numeric(field), where).toBe(true);
      if (field.stepOrRatio) {
        expect(numeric(field), where).toBe(true);
        // Written as ints when whole: the library default is a whole number (or None).
        expect(field.default === null || Number.isInteger(field.default), where).toBe(true);
      }
      if (field.zeroRule !== undefined) {
        // 0 lies outside the range, and the named rule exists and reads the field.
        expect(field.kind === 'int' && field.min !== undefined && field.min > 0, where).toBe(true);
        expect(ruleIds.get(field.zeroRule)?.fields, where).toContain(field.name);
      }
    }
  });

  it('names who checks the choices only for fields that have choices of the matching kind', () => {
    const kinds: Readonly<Record<string, FieldDef['kind']>> = { 'library-enum': 'enum', 'library-split': 'list', trackers: 'list' };
    for (const { where, field } of cases.filter((c) => c.field.choiceCheck !== undefined)) {
      expect(field.choices?.length ?? 0, where).toBeGreaterThan(0);
      expect(field.kind, where).toBe(kinds[field.choiceCheck ?? '']);
    }
  });

  it('keeps ranges consistent with the defaults', () => {
    for (const { where, field } of cases) {
      if (field.min !== undefined && field.max !== undefined) expect(field.min, where).toBeLessThan(field.max);
      if (field.exclusiveMax) expect(field.max, where).toBeDefined();
      if ((field.min !== undefined || field.max !== undefined) && field.default !== null) {
        expect(numeric(field), where).toBe(true);
        expect(typeof field.default === 'number' && isNumberInRange(field, field.default), `${where}: default ${String(field.default)}`).toBe(true);
      }
    }
  });

  it('gives every field a known command-line shape that its facts agree with', () => {
    for (const { where, field } of cases) {
      const shape = cliShapeOf(field);
      expect(CLI_SHAPE_KINDS, where).toContain(shape.kind);
      // Numbers, bools and names always have a flag; only values argparse cannot build from text (objects, some dicts and paths) have none.
      if (['int', 'float', 'bool', 'enum'].includes(field.kind)) expect(shape.kind, where).not.toBe('none');
      if (shape.kind === 'list') expect(field.kind, where).toBe('list');
      if (field.cliBoolMeaning !== undefined) {
        expect(shape.kind, where).toBe('flag');
        if (field.kind === 'enum') expect(field.choices, where).toEqual(expect.arrayContaining([field.cliBoolMeaning.true, field.cliBoolMeaning.false]));
      }
      if (field.cliListForm !== undefined) expect([field.kind, shape.kind], where).toEqual(['list', 'value']);
      if (field.cliEmptyList !== undefined) {
        expect(field.cliListForm, where).toBe('one-item');
        expect(field.choices, where).toContain(field.cliEmptyList);
      }
      if (field.cliSplitsString) expect([shape.kind, field.shapes?.includes('string')], where).toEqual(['list', true]);
      if (field.cliBareTrue) expect(shape, where).toMatchObject({ kind: 'value', type: 'str', bareTrue: true });
      else if (shape.kind === 'value') expect(shape.bareTrue, where).toBeUndefined();
    }
  });

  it('leaves out of written-out code only fields a launcher sets', () => {
    const launcherSet = cases.filter((c) => c.field.launcherSet).map((c) => c.field.name);
    expect([...new Set(launcherSet)]).toEqual(['local_rank']);
  });
});
