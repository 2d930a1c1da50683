import { describe, expect, it } from 'vitest';
import { KO } from '@/core/i18n/ko';
import { HARDWARE_LABELS } from '@/core/hardware/hardware-profile';
import { CURATED_PRESETS } from '@/core/presets/presets';
import { isUiKey, UI_TEXT } from './ui-text';

const HANGUL = /[\uac00-\ud7a3]/;

// Names and formats read the same in Korean UIs.
const SAME_IN_KOREAN = new Set(['Python', 'JSON', 'YAML', 'Apple Silicon (MPS)', 'DeepSpeed ZeRO-3']);

describe('UI_TEXT', () => {
  it('has a Korean translation for every UI string', () => {
    const missing = Object.keys(UI_TEXT).filter((key) => {
      const text = KO.ui[key]?.trim() ?? '';
      return text === '' || (!SAME_IN_KOREAN.has(key) && !HANGUL.test(text));
    });
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders of every English template in its Korean', () => {
    // As sets: Korean word order may repeat a placeholder.
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(UI_TEXT)) expect(placeholders(KO.ui[key] ?? ''), key).toEqual(placeholders(key));
  });

  it('is keyed by its own English text', () => {
    for (const [key, text] of Object.entries(UI_TEXT)) expect(text).toBe(key);
  });
});

describe('hardware profile names', () => {
  it('are in the catalogue, so the header shows them translated', () => {
    expect(Object.values(HARDWARE_LABELS).filter((label) => !isUiKey(label))).toEqual([]);
  });
});

describe('curated presets', () => {
  it('have their names and sentences in the catalogue', () => {
    const texts = CURATED_PRESETS.flatMap((preset) => [preset.name, preset.when]);
    expect(texts.filter((text) => !isUiKey(text))).toEqual([]);
  });
});
