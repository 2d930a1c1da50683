import { describe, expect, it } from 'vitest';
import { fieldsFor } from '../registry/registry';
import { TARGETS } from '../target/target';
import { KO } from './ko';
import { KO_V4 } from './ko-v4';
import { KO_V5_15 } from './ko-v5-15';
import { koreanFieldTexts } from './target-field-texts';

const HANGUL = /[\uac00-\ud7a3]/;
const TABLES = { base: KO.fields, line4x: KO_V4, since5_6: KO_V5_15 };

describe(koreanFieldTexts.name, () => {
  it('has Korean for every field of every target, gaps between bands included', () => {
    for (const target of TARGETS) {
      for (const field of fieldsFor(target)) {
        const ko = koreanFieldTexts(TABLES, target, field.name);
        expect(HANGUL.test(ko?.summary ?? '') && HANGUL.test(ko?.help ?? ''), `${target} ${field.name}`).toBe(true);
      }
    }
  });

  it('takes a target’s own entry where its English differs from the one ko.ts translates', () => {
    expect(koreanFieldTexts(TABLES, '5.15-5.18', 'warmup_steps')?.help).toBe(KO_V5_15.fields.warmup_steps?.help);
    expect(koreanFieldTexts(TABLES, '4.56', 'overwrite_output_dir')).toEqual(KO_V4.fields.overwrite_output_dir);
    // ko.ts's own release, and a field whose English did not change.
    expect(koreanFieldTexts(TABLES, '5.2-5.5', 'warmup_steps')).toBe(KO.fields.warmup_steps);
    expect(koreanFieldTexts(TABLES, '5.15-5.18', 'learning_rate')).toBe(KO.fields.learning_rate);
  });

  it('keeps ko.ts’s text where a target’s table leaves one of the two out', () => {
    const onlyHelp = Object.entries(KO_V5_15.fields).find(([, texts]) => texts.summary === undefined);
    expect(onlyHelp).toBeDefined();
    const [name] = onlyHelp ?? [''];
    expect(koreanFieldTexts(TABLES, '5.15-5.18', name)?.summary).toBe(KO.fields[name]?.summary);
  });
});
