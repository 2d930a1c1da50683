import { describe, expect, it } from 'vitest';
import { CONFIG_CLASSES } from '../../config-class/classes';
import type { Rule } from '../../rules/define-rule';
import { ALL_RULES } from '../../rules/index';
import { SHARED_FIX_CODES } from '../../rules/schema-format';
import { classDictJson } from '../../rules/trl/class-dict-json';
import { EN_MESSAGES } from './en';
import { KO_MESSAGES } from './ko';
import type { MessageCatalogue } from './message';

/** Every rule the checks can run: the TrainingArguments rules and each config class's own. */
const EVERY_RULE: readonly Rule[] = [...ALL_RULES, ...CONFIG_CLASSES.flatMap((cls) => cls.rules), classDictJson('SFTConfig', [])];

/** The codes the rules declare (each rule lists what its findings and fixes can say), plus the shared fix labels. */
const DECLARED = new Set<string>([...EVERY_RULE.flatMap((rule) => rule.messages ?? []), ...SHARED_FIX_CODES]);

const CATALOGUES: readonly MessageCatalogue[] = [EN_MESSAGES, KO_MESSAGES];

describe('message catalogues', () => {
  for (const catalogue of CATALOGUES) {
    it(`${catalogue.language} has a text for exactly the codes the rules declare`, () => {
      const keys = new Set(Object.keys(catalogue.texts));
      expect(
        [...DECLARED].filter((code) => !keys.has(code)),
        'missing',
      ).toEqual([]);
      expect(
        [...keys].filter((code) => !DECLARED.has(code)),
        'declared by no rule',
      ).toEqual([]);
    });
  }

  it('names codes after their rule: the id, or id.variant', () => {
    for (const rule of EVERY_RULE) {
      for (const code of rule.messages ?? []) expect(code === rule.id || code.startsWith(`${rule.id}.`), `${rule.id}: ${code}`).toBe(true);
    }
  });

  it('gives each code one text per language, as a function', () => {
    for (const catalogue of CATALOGUES) for (const render of Object.values(catalogue.texts)) expect(typeof render).toBe('function');
  });
});
