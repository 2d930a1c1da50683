import { describe, expect, it } from 'vitest';
import { classFieldsFor } from '@/core/config-class/class-registry';
import { KO } from '@/core/i18n/ko';
import { KO_TRL } from '@/core/i18n/ko-trl';
import { KO_V4 } from '@/core/i18n/ko-v4';
import { KO_V5_15 } from '@/core/i18n/ko-v5-15';
import { KO_MESSAGES } from '@/core/i18n/messages/ko';
import { searchableFields, searchFields } from '@/core/registry/field-search';
import { DEFAULT_TARGET } from '@/core/target/target';
import { createLocale } from './create-locale';
import { ENGLISH } from './locale-context';

// The texts `loadKorean` assembles, imported statically (tests only).
const KOREAN = createLocale({ ...KO, classFields: KO_TRL, targetFields: { line4x: KO_V4, since5_6: KO_V5_15 }, messages: KO_MESSAGES });

/** What the Ctrl+K palette searches for a class in a locale. */
function paletteNames(query: string, className: string, locale = KOREAN): string[] {
  const classLocale = locale.forSchema(DEFAULT_TARGET, className);
  const documents = searchableFields(classFieldsFor(DEFAULT_TARGET, className), (name) => [
    classLocale.fieldSummary(name, ''),
    classLocale.fieldHelp(name, ''),
  ]);
  return searchFields(query, documents).map((hit) => hit.name);
}

describe(createLocale.name, () => {
  it('shows a TRL field in Korean, worded as the form’s class words it', () => {
    const sft = KOREAN.forSchema(DEFAULT_TARGET, 'SFTConfig');
    expect(sft.fieldHelp('packing', 'English')).toBe(KO_TRL.fields.packing?.help);
    expect(KOREAN.forSchema(DEFAULT_TARGET, 'GRPOConfig').fieldSummary('beta', 'English')).toBe(KO_TRL.classes.GRPOConfig?.beta?.summary);
    expect(KOREAN.forSchema(DEFAULT_TARGET, 'DPOConfig').fieldSummary('beta', 'English')).toBe(KO_TRL.classes.DPOConfig?.beta?.summary);
    expect(sft.fieldHelp('bf16', 'English')).toBe(KO_TRL.classes.SFTConfig?.bf16?.help);
    expect(KOREAN.fieldHelp('bf16', 'English')).toBe(KO.fields.bf16?.help);
  });

  it('words a config class’s summary in Korean, and keeps the English for a class it has no text for', () => {
    expect(KOREAN.classSummary('SFTConfig', 'English')).toBe(KO_TRL.summaries.SFTConfig);
    expect(KOREAN.classSummary('NoSuchConfig', 'English')).toBe('English');
  });

  it('follows the release: a field whose behaviour changed there is told as that release has it', () => {
    expect(KOREAN.forSchema('5.15-5.18', 'TrainingArguments').fieldHelp('warmup_steps', 'English')).toBe(KO_V5_15.fields.warmup_steps?.help);
    expect(KOREAN.forSchema('5.2-5.5', 'TrainingArguments').fieldHelp('warmup_steps', 'English')).toBe(KO.fields.warmup_steps?.help);
    expect(KOREAN.forSchema('4.56', 'TrainingArguments').fieldHelp('overwrite_output_dir', 'English')).toBe(KO_V4.fields.overwrite_output_dir?.help);
  });

  it('falls back to the English it is given where nothing is translated', () => {
    expect(KOREAN.forSchema(DEFAULT_TARGET, 'SFTConfig').fieldHelp('no_such_field', 'English')).toBe('English');
    expect(ENGLISH.forSchema(DEFAULT_TARGET, 'SFTConfig').fieldHelp('packing', 'English')).toBe('English');
  });

  it('lets the field palette find TRL fields by words of their Korean help', () => {
    expect(paletteNames('패딩 없이', 'SFTConfig')).toContain('padding_free');
    expect(paletteNames('참조 모델 로그 확률', 'DPOConfig')).toContain('precompute_ref_log_probs');
    expect(paletteNames('완성문 샘플링', 'GRPOConfig')).toContain('num_generations');
    // English mode does not know the Korean words.
    expect(paletteNames('패딩 없이', 'SFTConfig', ENGLISH)).not.toContain('padding_free');
  });
});
