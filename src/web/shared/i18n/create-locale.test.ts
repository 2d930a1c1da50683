import { describe, expect, it } from 'vitest';
import { classFieldsFor } from '@/core/config-class/class-registry';
import { KO } from '@/core/i18n/ko';
import { KO_TRL } from '@/core/i18n/ko-trl';
import { KO_MESSAGES } from '@/core/i18n/messages/ko';
import { searchableFields, searchFields } from '@/core/registry/field-search';
import { DEFAULT_TARGET } from '@/core/target/target';
import { createLocale } from './create-locale';
import { ENGLISH } from './locale-context';

// The texts `loadKorean` assembles, imported statically (tests only).
const KOREAN = createLocale({ ...KO, classFields: KO_TRL, messages: KO_MESSAGES });

/** What the Ctrl+K palette searches for a class in a locale. */
function paletteNames(query: string, className: string, locale = KOREAN): string[] {
  const classLocale = locale.forClass(className);
  const documents = searchableFields(classFieldsFor(DEFAULT_TARGET, className), (name) => [
    classLocale.fieldSummary(name, ''),
    classLocale.fieldHelp(name, ''),
  ]);
  return searchFields(query, documents).map((hit) => hit.name);
}

describe(createLocale.name, () => {
  it('shows a TRL field in Korean, worded as the form’s class words it', () => {
    const sft = KOREAN.forClass('SFTConfig');
    expect(sft.fieldHelp('packing', 'English')).toBe(KO_TRL.fields.packing?.help);
    expect(KOREAN.forClass('GRPOConfig').fieldSummary('beta', 'English')).toBe(KO_TRL.classes.GRPOConfig?.beta?.summary);
    expect(KOREAN.forClass('DPOConfig').fieldSummary('beta', 'English')).toBe(KO_TRL.classes.DPOConfig?.beta?.summary);
    expect(sft.fieldHelp('bf16', 'English')).toBe(KO_TRL.classes.SFTConfig?.bf16?.help);
    expect(KOREAN.fieldHelp('bf16', 'English')).toBe(KO.fields.bf16?.help);
  });

  it('falls back to the English it is given where nothing is translated', () => {
    expect(KOREAN.forClass('SFTConfig').fieldHelp('no_such_field', 'English')).toBe('English');
    expect(ENGLISH.forClass('SFTConfig').fieldHelp('packing', 'English')).toBe('English');
  });

  it('lets the field palette find TRL fields by words of their Korean help', () => {
    expect(paletteNames('패딩 없이', 'SFTConfig')).toContain('padding_free');
    expect(paletteNames('참조 모델 로그 확률', 'DPOConfig')).toContain('precompute_ref_log_probs');
    expect(paletteNames('완성문 샘플링', 'GRPOConfig')).toContain('num_generations');
    // English mode does not know the Korean words.
    expect(paletteNames('패딩 없이', 'SFTConfig', ENGLISH)).not.toContain('padding_free');
  });
});
