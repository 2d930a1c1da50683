import type { MessageCatalogue } from '@/core/i18n/messages/message';

/** Translated texts as the lazily loaded locale modules provide them; anything missing falls back to English. */
export interface LocaleTexts {
  readonly sections: Readonly<Partial<Record<string, { readonly title: string; readonly summary: string }>>>;
  readonly fields: Readonly<Partial<Record<string, { readonly summary: string; readonly help: string }>>>;
  readonly ui: Readonly<Partial<Record<string, string>>>;
  /** The rules' messages, a complete catalogue (the type requires every code). */
  readonly messages: MessageCatalogue;
}

export type Language = 'en' | 'ko';

/** Loads the Korean texts on first use only, so English users never download them. */
export async function loadKorean(): Promise<LocaleTexts> {
  const [texts, messages] = await Promise.all([import('@/core/i18n/ko'), import('@/core/i18n/messages/ko')]);
  return { ...texts.KO, messages: messages.KO_MESSAGES };
}
