import { LANGUAGE_KEY } from '@/web/shared/preferences/preference-keys';
import type { Language } from './locale-texts';
import { localStorageOrNull } from '@/web/shared/preferences/local-storage';

/** The languages the UI has catalogues for; a third language is one more entry (and its catalogue). */
export const LANGUAGES: readonly Language[] = ['en', 'ko'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first supported language among the browser's preferred ones (`ko-KR` → `ko`), English otherwise.
 * @example languageFromBrowser(['ko-KR', 'en-US']) // 'ko'
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The language chosen on an earlier visit, if any (storage may be blocked: then none). */
export function storedLanguage(storage: Pick<Storage, 'getItem'> | null): Language | null {
  try {
    const value = storage?.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** Remembers the user's choice; a full or blocked storage only means it is not remembered. */
export function storeLanguage(storage: Pick<Storage, 'setItem'> | null, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Nothing to do: the choice still applies to this page.
  }
}

/** The language to start in: the remembered choice, else the browser's language. Browser only (call in effects). */
export function initialLanguage(): Language {
  const storage = localStorageOrNull();
  const languages = typeof navigator === 'undefined' ? [] : navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  return storedLanguage(storage) ?? languageFromBrowser(languages);
}
