import { describe, expect, it } from 'vitest';
import { KO } from '@/core/i18n/ko';
import { UI_TEXT } from './ui-text';

const HANGUL = /[\uac00-\ud7a3]/;

// Names and formats read the same in Korean UIs.
const SAME_IN_KOREAN = new Set(['Python', 'JSON', 'YAML']);

describe('UI_TEXT', () => {
  it('has a Korean translation for every UI string', () => {
    const missing = Object.keys(UI_TEXT).filter((key) => {
      const text = KO.ui[key]?.trim() ?? '';
      return text === '' || (!SAME_IN_KOREAN.has(key) && !HANGUL.test(text));
    });
    expect(missing).toEqual([]);
  });

  it('is keyed by its own English text', () => {
    for (const [key, text] of Object.entries(UI_TEXT)) expect(text).toBe(key);
  });
});
