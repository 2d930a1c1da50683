import { useCallback, useEffect, useState } from 'react';
import { initialLanguage, storeLanguage } from '@/web/shared/i18n/language-preference';
import type { Locale } from '@/web/shared/i18n/locale-context';
import { ENGLISH } from '@/web/shared/i18n/locale-context';
import type { Language } from '@/web/shared/i18n/locale-texts';
import { loadKorean } from '@/web/shared/i18n/locale-texts';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';

export interface LanguageState {
  readonly locale: Locale;
  readonly loading: boolean;
  /** The user's choice: applied and remembered. */
  readonly choose: (language: Language) => void;
}

/**
 * The UI language: English on the server render, then (in an effect, so prerendering stays possible) the
 * remembered choice or, on a first visit, the browser's language. A choice is remembered for next time.
 */
export function useLanguage(): LanguageState {
  const [locale, setLocale] = useState<Locale>(ENGLISH);
  const [loading, setLoading] = useState(false);

  const show = useCallback((language: Language) => {
    if (language === 'en') {
      setLocale(ENGLISH);
      return;
    }
    setLoading(true);
    loadKorean()
      .then(setLocale)
      .catch(() => setLocale(ENGLISH))
      .finally(() => setLoading(false));
  }, []);

  useEffect(() => {
    const language = initialLanguage();
    if (language !== 'en') show(language);
  }, [show]);

  useEffect(() => {
    document.documentElement.lang = locale.language;
  }, [locale.language]);

  const choose = useCallback(
    (language: Language) => {
      storeLanguage(localStorageOrNull(), language);
      show(language);
    },
    [show],
  );
  return { locale, loading, choose };
}
