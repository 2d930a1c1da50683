import type { KoreanClassTexts } from '@/core/i18n/locale-types';
import type { KoreanFieldTables } from '@/core/i18n/target-field-texts';
import type { MessageCatalogue } from '@/core/i18n/messages/message';
import type { Locale } from './locale-context';

/** Translated texts as the lazily loaded locale modules provide them; anything missing falls back to English. */
export interface LocaleTexts {
  readonly sections: Readonly<Partial<Record<string, { readonly title: string; readonly summary: string }>>>;
  readonly fields: Readonly<Partial<Record<string, { readonly summary: string; readonly help: string }>>>;
  /** The config classes' fields (TRL's, Seq2Seq's) and the wording a class gives a field itself. */
  readonly classFields: KoreanClassTexts;
  /** The releases' own texts where their English differs from the one `fields` translates. */
  readonly targetFields: Omit<KoreanFieldTables, 'base'>;
  readonly ui: Readonly<Partial<Record<string, string>>>;
  /** The rules' messages, a complete catalogue (the type requires every code). */
  readonly messages: MessageCatalogue;
}

export type Language = 'en' | 'ko';

/**
 * Loads the Korean locale on first use only: its texts and the code that looks them up, so English users
 * download neither.
 */
export async function loadKorean(): Promise<Locale> {
  const [texts, classFields, v4, v5, messages, { createLocale }] = await Promise.all([
    import('@/core/i18n/ko'),
    import('@/core/i18n/ko-trl'),
    import('@/core/i18n/ko-v4'),
    import('@/core/i18n/ko-v5-15'),
    import('@/core/i18n/messages/ko'),
    import('./create-locale'),
  ]);
  return createLocale({
    ...texts.KO,
    classFields: classFields.KO_TRL,
    targetFields: { line4x: v4.KO_V4, since5_6: v5.KO_V5_15 },
    messages: messages.KO_MESSAGES,
  });
}
