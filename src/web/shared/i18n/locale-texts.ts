/** Translated texts as the lazily loaded locale module provides them; anything missing falls back to English. */
export interface LocaleTexts {
  readonly sections: Readonly<Partial<Record<string, { readonly title: string; readonly summary: string }>>>;
  readonly fields: Readonly<Partial<Record<string, { readonly summary: string; readonly help: string }>>>;
  readonly ui: Readonly<Partial<Record<string, string>>>;
}

export type Language = 'en' | 'ko';

/** Loads the Korean texts on first use only, so English users never download them. */
export async function loadKorean(): Promise<LocaleTexts> {
  const module = await import('@/core/i18n/ko');
  return module.KO;
}
