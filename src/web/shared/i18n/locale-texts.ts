import type { KoreanClassTexts } from '@/core/i18n/locale-types';
import type { MessageCatalogue } from '@/core/i18n/messages/message';
import type { Locale } from './locale-context';

/** Translated texts as the lazily loaded locale modules provide them; anything missing falls back to English. */
export interface LocaleTexts {
  readonly sections: Readonly<Partial<Record<string, { readonly title: string; readonly summary: string }>>>;
  readonly fields: Readonly<Partial<Record<string, { readonly summary: string; readonly help: string }>>>;
  /** The config classes' fields (TRL's, Seq2Seq's) and the wording a class gives a field itself. */
  readonly classFields: KoreanClassTexts;
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
  const [texts, classFields, messages, { createLocale }] = await Promise.all([
    import('@/core/i18n/ko'),
    import('@/core/i18n/ko-trl'),
    import('@/core/i18n/messages/ko'),
    import('./create-locale'),
  ]);
  return createLocale({ ...texts.KO, classFields: classFields.KO_TRL, messages: messages.KO_MESSAGES });
}
