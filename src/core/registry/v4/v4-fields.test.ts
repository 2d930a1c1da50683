import { DEFAULT_TARGET } from '../../target/target';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KO } from '../../i18n/ko';
import { KO_V4 } from '../../i18n/ko-v4';
import { SECTION_IDS, type Tier } from '../define-field';
import { ALL_FIELDS, defaultValuesFor, fieldsFor, fieldsOf, getField, isFieldName } from '../registry';
import { deprecatedAliasFields } from './deprecated-aliases';
import { legacyFields } from './legacy-fields';
import { V4_LINE_OVERRIDES } from './v4-overrides';

const HANGUL = /[\uac00-\ud7a3]/;
const TIER_ORDER: readonly Tier[] = ['core', 'advanced', 'expert', 'hidden'];

/** The first accepted case of the 4.x vectors whose input leaves `logging_dir` unset: its resolved keys are 4.56's fields. */
function vectorResolvedKeys(): string[] {
  const lines = readFileSync(new URL('../../../../test/vectors/v4-public.jsonl', import.meta.url), 'utf8').split('\n');
  const first = lines.find((line) => line.includes('"library-accepts"'));
  return Object.keys((JSON.parse(first ?? '{}') as { expect: { resolved: Record<string, unknown> } }).expect.resolved);
}

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

const V4 = fieldsFor('4.56');
const OLDER = [...legacyFields, ...deprecatedAliasFields];

describe("fieldsFor('4.56')", () => {
  it('holds the 131 fields of transformers 4.56: the vectors’ 130 plus the clock-dependent logging_dir', () => {
    expect(V4).toHaveLength(131);
    expect(V4.map((f) => f.name).sort()).toEqual([...vectorResolvedKeys(), 'logging_dir'].sort());
  });

  it('leaves out the v5 additions, and ALL_FIELDS is the default target’s set', () => {
    for (const name of ['train_sampling_strategy', 'enable_jit_checkpoint', 'use_cache', 'project', 'trackio_space_id']) {
      expect(isFieldName(name, '4.56'), name).toBe(false);
      expect(isFieldName(name), name).toBe(true);
    }
    expect(fieldsFor(DEFAULT_TARGET)).toBe(ALL_FIELDS);
    expect(getField('no_cuda')).toBeUndefined();
    expect(getField('no_cuda', '4.56')?.section).toBe('hardware');
  });

  it('declares the 27 fields v5 removed as ordinary entries with their section and the release that dropped them', () => {
    expect(OLDER).toHaveLength(27);
    // use_ipex went in 4.57, group_by_length only in 5.2 (5.0 and 5.1 still had it); the rest in 5.0.
    const removedIn: Readonly<Record<string, string>> = { use_ipex: '4.57', group_by_length: '5.2' };
    for (const field of OLDER) {
      expect(SECTION_IDS, field.name).toContain(field.section);
      expect(field.until, field.name).toBe(removedIn[field.name] ?? '5.0');
      expect(['hidden', 'advanced'], field.name).toContain(field.tier);
      expect(field.summary.length, field.name).toBeLessThanOrEqual(110);
      expect(field.help.length, field.name).toBeGreaterThan(field.summary.length / 2);
    }
  });

  it('uses the 4.56 defaults where they differ from v5', () => {
    const defaults = defaultValuesFor('4.56');
    expect(defaults).toMatchObject({
      report_to: null,
      lr_scheduler_kwargs: {},
      warmup_ratio: 0,
      warmup_steps: 0,
      fsdp: '',
      include_num_input_tokens_seen: false,
    });
    expect(getField('warmup_steps', '4.56')?.kind).toBe('int');
    expect(getField('ddp_backend', '4.56')?.choices).toContain('ccl');
    expect(getField('report_to', '4.56')?.choices).toContain('neptune');
    expect(getField('warmup_ratio', '4.56')?.deprecated).toBeUndefined();
    // v5 keeps its own declarations.
    expect(getField('report_to')?.default).toBe('none');
  });

  it('keeps every section ordered core first, then advanced, expert and hidden', () => {
    for (const id of SECTION_IDS) {
      const ranks = fieldsOf(id, '4.56').map((f) => TIER_ORDER.indexOf(f.tier));
      expect(ranks, id).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
});

describe('KO_V4', () => {
  const textsOf = (name: string): { summary: string; help: string } => ({
    summary: KO_V4.fields[name]?.summary ?? KO.fields[name]?.summary ?? '',
    help: KO_V4.fields[name]?.help ?? KO.fields[name]?.help ?? '',
  });

  it('has Korean summary and help for every 4.56 field, with its own entry wherever the English changed', () => {
    for (const field of V4) {
      const ko = textsOf(field.name);
      expect(HANGUL.test(ko.summary) && HANGUL.test(ko.help), field.name).toBe(true);
      expect(ko.summary.length, field.name).toBeLessThanOrEqual(110);
    }
    for (const [name, override] of Object.entries(V4_LINE_OVERRIDES)) {
      if (override.summary !== undefined) expect(KO_V4.fields[name]?.summary, name).toBeDefined();
      if (override.help !== undefined) expect(KO_V4.fields[name]?.help, name).toBeDefined();
    }
    for (const name of Object.keys(KO_V4.fields)) expect(isFieldName(name, '4.56'), name).toBe(true);
  });

  it('quotes only code that the English texts of the same field also quote', () => {
    for (const field of V4) {
      const english = new Set(codeSpans(`${field.summary} ${field.help} ${field.deprecated ?? ''}`));
      const ko = textsOf(field.name);
      for (const span of codeSpans(`${ko.summary} ${ko.help}`)) expect(english.has(span), `${field.name}: \`${span}\``).toBe(true);
    }
  });
});
