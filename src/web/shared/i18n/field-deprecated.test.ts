import { describe, expect, it } from 'vitest';
import { classFieldsFor, configClassesFor } from '@/core/config-class/class-registry';
import { KO } from '@/core/i18n/ko';
import { KO_TRL } from '@/core/i18n/ko-trl';
import { KO_V4 } from '@/core/i18n/ko-v4';
import { KO_V5_15 } from '@/core/i18n/ko-v5-15';
import type { FieldTexts } from '@/core/i18n/locale-types';
import { KO_MESSAGES } from '@/core/i18n/messages/ko';
import { TARGETS } from '@/core/target/target';
import { createLocale } from './create-locale';
import { ENGLISH } from './locale-context';

// The texts `loadKorean` assembles, imported statically (tests only).
const KOREAN = createLocale({ ...KO, classFields: KO_TRL, targetFields: { line4x: KO_V4, since5_6: KO_V5_15 }, messages: KO_MESSAGES });
const HANGUL = /[\uac00-\ud7a3]/;

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

/** Every deprecated field as the form shows it: each release, each config class offered there. */
function deprecatedFields(): { where: string; name: string; english: string; korean: string }[] {
  const out: { where: string; name: string; english: string; korean: string }[] = [];
  for (const target of TARGETS) {
    for (const cls of configClassesFor(target)) {
      const locale = KOREAN.forSchema(target, cls.name);
      for (const field of classFieldsFor(target, cls.name)) {
        if (field.deprecated === undefined) continue;
        out.push({
          where: `${target} ${cls.name}.${field.name}`,
          name: field.name,
          english: field.deprecated,
          korean: locale.fieldDeprecated(field.name, field.deprecated),
        });
      }
    }
  }
  return out;
}

/** Every Korean deprecation note the tables hold. */
function tableNotes(): string[] {
  const tables: Readonly<Record<string, Partial<FieldTexts>>>[] = [KO.fields, KO_V4.fields, KO_V5_15.fields, KO_TRL.fields, ...Object.values(KO_TRL.classes)];
  return tables.flatMap((table) => Object.values(table).flatMap((texts) => (texts.deprecated !== undefined ? [texts.deprecated] : [])));
}

describe('fieldDeprecated', () => {
  const all = deprecatedFields();

  it('has a Korean note in Hangul for every deprecated field of every release and class', () => {
    // 17 TrainingArguments fields and 3 TRL fields carry a note somewhere; most on many releases and classes.
    expect(new Set(all.map((f) => f.name)).size).toBeGreaterThanOrEqual(20);
    for (const { where, korean } of all) expect(HANGUL.test(korean), where).toBe(true);
  });

  it('keeps the English note’s Python names and values as code, and quotes no other', () => {
    for (const { where, english, korean } of all) {
      expect(codeSpans(korean).sort(), where).toEqual(codeSpans(english).sort());
    }
  });

  it('keeps the numbers of the English note', () => {
    for (const { where, english, korean } of all) {
      for (const num of english.replaceAll(/`[^`]*`/g, '').match(/\d+(\.\d+)?/g) ?? []) expect(korean, where).toContain(num);
    }
  });

  it('holds no Korean note that no field shows any more', () => {
    const shown = new Set(all.map((f) => f.korean));
    for (const note of tableNotes()) expect(shown.has(note), note).toBe(true);
  });

  it('follows the release: a field 4.x still uses plainly has no Korean note there', () => {
    expect(KOREAN.forSchema('5.2-5.5', 'TrainingArguments').fieldDeprecated('warmup_ratio', 'English')).toBe(KO.fields.warmup_ratio?.deprecated);
    expect(KOREAN.forSchema('4.56', 'TrainingArguments').fieldDeprecated('warmup_ratio', 'English')).toBe('English');
    expect(KOREAN.forSchema('4.57', 'SFTConfig').fieldDeprecated('no_cuda', 'English')).toBe(KO_V4.fields.no_cuda?.deprecated);
    expect(KOREAN.forSchema('5.2-5.5', 'DPOConfig').fieldDeprecated('pad_token', 'English')).toBe(KO_TRL.fields.pad_token?.deprecated);
  });

  it('gives English its own text', () => {
    expect(ENGLISH.fieldDeprecated('warmup_ratio', 'Use `warmup_steps`.')).toBe('Use `warmup_steps`.');
  });
});
