import { describe, expect, it } from 'vitest';
import { KO_MEMORY_UI } from '@/core/i18n/ko-memory';
import { MEMORY_NOTE_TEMPLATES } from '@/core/memory/notes';
import { MEMORY_UI_TEXT } from './memory-ui-text';

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('memory panel texts', () => {
  it('translates every English string into Korean with the same placeholders', () => {
    for (const key of Object.keys(MEMORY_UI_TEXT)) {
      const ko = KO_MEMORY_UI[key];
      expect(ko, key).toBeDefined();
      expect(HANGUL.test(ko ?? ''), key).toBe(true);
      expect(placeholders(ko ?? ''), key).toEqual(placeholders(key));
    }
  });

  it('keys the estimate notes by their English text', () => {
    for (const text of Object.values(MEMORY_NOTE_TEMPLATES)) expect(MEMORY_UI_TEXT[text]).toBe(text);
  });
});
