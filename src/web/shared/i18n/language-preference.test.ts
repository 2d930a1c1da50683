import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY } from '@/web/shared/preferences/preference-keys';
import { languageFromBrowser, storedLanguage, storeLanguage } from './language-preference';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  };
}

describe(languageFromBrowser.name, () => {
  it('takes the first supported language by its base tag', () => {
    expect(languageFromBrowser(['ko-KR', 'en-US'])).toBe('ko');
    expect(languageFromBrowser(['fr-FR', 'ko'])).toBe('ko');
    expect(languageFromBrowser(['en-GB', 'ko-KR'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(languageFromBrowser(['de-DE'])).toBe('en');
    expect(languageFromBrowser([])).toBe('en');
  });
});

describe('stored language', () => {
  it('round-trips a choice and ignores anything else in the key', () => {
    const storage = memoryStorage();
    expect(storedLanguage(storage)).toBeNull();
    storeLanguage(storage, 'ko');
    expect(storedLanguage(storage)).toBe('ko');
    storage.setItem(LANGUAGE_KEY, 'klingon');
    expect(storedLanguage(storage)).toBeNull();
  });
  it('survives a storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(storedLanguage(broken)).toBeNull();
    expect(() => storeLanguage(broken, 'en')).not.toThrow();
  });
});
