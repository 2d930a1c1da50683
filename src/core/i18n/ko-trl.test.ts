import { describe, expect, it } from 'vitest';
import { classFieldsFor, ownFieldSpecs } from '../config-class/class-registry';
import { CONFIG_CLASSES } from '../config-class/classes';
import { TRL_FIELD_TEXTS } from '../config-class/trl/field-texts';
import { fieldsFor } from '../registry/registry';
import { DEFAULT_TARGET, TARGETS } from '../target/target';
import { hasVersionRange } from '../target/target';
import { classFieldTexts } from './class-field-texts';
import { KO } from './ko';
import { KO_TRL } from './ko-trl';
import { staticImporters } from '../../../test/static-importers';

const HANGUL = /[\uac00-\ud7a3]/;

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

/** Every English text a class field is worded with, paired with its Korean: shared TRL texts and class wordings. */
function pairs(): { where: string; english: string; korean: string | undefined }[] {
  const out: { where: string; english: string; korean: string | undefined }[] = [];
  for (const [name, text] of Object.entries(TRL_FIELD_TEXTS)) {
    out.push({ where: `${name} summary`, english: text.summary, korean: KO_TRL.fields[name]?.summary });
    out.push({ where: `${name} help`, english: text.help, korean: KO_TRL.fields[name]?.help });
  }
  for (const cls of CONFIG_CLASSES) {
    for (const spec of [...cls.overrides, ...cls.fields]) {
      const own = KO_TRL.classes[cls.name]?.[spec.name];
      if (spec.summary !== undefined) out.push({ where: `${cls.name}.${spec.name} summary`, english: spec.summary, korean: own?.summary });
      if (spec.help !== undefined) out.push({ where: `${cls.name}.${spec.name} help`, english: spec.help, korean: own?.help });
    }
  }
  return out;
}

describe('KO_TRL', () => {
  it('words the one-line summary of exactly the config classes there are, in Korean', () => {
    expect(Object.keys(KO_TRL.summaries).sort()).toEqual(CONFIG_CLASSES.map((cls) => cls.name).sort());
    for (const cls of CONFIG_CLASSES) expect(KO_TRL.summaries[cls.name], cls.name).toMatch(HANGUL);
  });

  it('translates every config-class field of every class, on every target the class is offered on', () => {
    let checked = 0;
    for (const cls of CONFIG_CLASSES) {
      for (const target of TARGETS.filter((t) => hasVersionRange(t, cls))) {
        const baseNames = new Set(fieldsFor(target).map((f) => f.name));
        // The class's own fields, and the base fields it words itself (TRL's `bf16`).
        const worded = [...ownFieldSpecs(target, cls.name), ...cls.overrides.filter((o) => baseNames.has(o.name) && (o.summary ?? o.help) !== undefined)];
        for (const spec of worded) {
          const ko = classFieldTexts(KO.fields, KO_TRL, cls.name, spec.name);
          expect(HANGUL.test(ko.summary ?? ''), `${target} ${cls.name}.${spec.name} summary`).toBe(true);
          expect(HANGUL.test(ko.help ?? ''), `${target} ${cls.name}.${spec.name} help`).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('has a Korean text in Hangul for each English text, shared or class-worded', () => {
    const all = pairs();
    expect(all.length).toBeGreaterThan(2 * Object.keys(TRL_FIELD_TEXTS).length);
    for (const { where, korean } of all) expect(HANGUL.test(korean ?? ''), where).toBe(true);
  });

  it('keeps every code span of the English, and quotes only names and values the English names', () => {
    for (const { where, english, korean = '' } of pairs()) {
      const spans = codeSpans(korean);
      for (const span of codeSpans(english)) expect(spans, `${where}: \`${span}\``).toContain(span);
      for (const span of spans) expect(english, `${where}: \`${span}\``).toContain(span);
      expect((korean.match(/`/g) ?? []).length % 2, where).toBe(0);
    }
  });

  it('keeps the numbers of the English (defaults, bounds, versions)', () => {
    const numbers = (text: string) => (text.replaceAll('`', '').match(/\d+(?:\.\d+)?/g) ?? []).sort();
    for (const { where, english, korean = '' } of pairs()) {
      for (const n of numbers(english)) expect(numbers(korean), `${where}: ${n}`).toContain(n);
    }
  });

  it('translates only fields and class wordings that exist', () => {
    expect(Object.keys(KO_TRL.fields).sort()).toEqual(Object.keys(TRL_FIELD_TEXTS).sort());
    for (const [className, fields] of Object.entries(KO_TRL.classes)) {
      const cls = CONFIG_CLASSES.find((c) => c.name === className);
      expect(cls, className).toBeDefined();
      const specs = new Map([...(cls?.overrides ?? []), ...(cls?.fields ?? [])].map((s) => [s.name, s]));
      for (const [name, texts] of Object.entries(fields)) {
        const spec = specs.get(name);
        if (texts.summary !== undefined) expect(spec?.summary, `${className}.${name} summary`).toBeDefined();
        if (texts.help !== undefined) expect(spec?.help, `${className}.${name} help`).toBeDefined();
      }
    }
  });

  it('keeps summaries on one line', () => {
    for (const { where, korean = '' } of pairs().filter((p) => p.where.endsWith('summary'))) expect(korean, where).not.toContain('\n');
  });

  it('is imported statically by no application module, nor are the releases’ tables, so the web app loads them lazily', () => {
    for (const module of ['ko-trl', 'ko-v4', 'ko-v5-15']) expect(staticImporters(module), module).toEqual([]);
    // The check sees a static import where there is one.
    expect(staticImporters('class-field-texts')).toContain('web/shared/i18n/create-locale.ts');
  });
});

describe('classFieldTexts', () => {
  it('picks the class wording first, as the English registry does', () => {
    const grpo = classFieldsFor(DEFAULT_TARGET, 'GRPOConfig').find((f) => f.name === 'beta');
    const dpo = classFieldsFor(DEFAULT_TARGET, 'DPOConfig').find((f) => f.name === 'beta');
    expect(grpo?.summary).not.toBe(dpo?.summary);
    expect(classFieldTexts(KO.fields, KO_TRL, 'GRPOConfig', 'beta').summary).toBe(KO_TRL.classes.GRPOConfig?.beta?.summary);
    expect(classFieldTexts(KO.fields, KO_TRL, 'DPOConfig', 'beta').summary).toBe(KO_TRL.classes.DPOConfig?.beta?.summary);
    // KTO words nothing of its own for beta: the shared text.
    expect(classFieldTexts(KO.fields, KO_TRL, 'KTOConfig', 'beta')).toEqual(KO_TRL.fields.beta);
  });

  it('takes the help of the shared text where a class words only the summary', () => {
    const ko = classFieldTexts(KO.fields, KO_TRL, 'DPOConfig', 'max_length');
    expect(ko.summary).toBe(KO_TRL.classes.DPOConfig?.max_length?.summary);
    expect(ko.help).toBe(KO_TRL.fields.max_length?.help);
  });

  it('gives TRL classes their own bf16 wording and plain TrainingArguments the base one', () => {
    expect(classFieldTexts(KO.fields, KO_TRL, 'SFTConfig', 'bf16').help).toContain('`not fp16`');
    expect(classFieldTexts(KO.fields, KO_TRL, 'TrainingArguments', 'bf16')).toEqual(KO.fields.bf16);
  });

  it('leaves out what has no translation', () => {
    expect(classFieldTexts(KO.fields, KO_TRL, 'SFTConfig', 'no_such_field')).toEqual({});
  });
});
