import { describe, expect, it } from 'vitest';
import { CONFIG_CLASSES } from '../../config-class/classes';
import type { Rule } from '../../rules/define-rule';
import { ALL_RULES } from '../../rules/index';
import { SHARED_FIX_CODES } from '../../rules/schema-format';
import { classDictJson } from '../../rules/trl/class-dict-json';
import { EN_MESSAGES } from './en';
import { KO_MESSAGES } from './ko';
import { message, renderMessage, type MessageCatalogue } from './message';
import { INPUT_CODES } from '../../check/input-messages';
import { IMPORT_NOTE_CODES } from '../../import/import-result';
import { EMIT_NOTE_CODES } from '../../emit/emit-notes';
import { ARG_OWNER_CODES, ARG_OWNERS, ownerLabel } from '../../import/recipe-owners';
import { MIGRATE_CODES, MIGRATIONS } from '../../migrate/migrate';
import { CONFIG_CLASS_CODES } from '../../config-class/check-class';
import type { PostInitStep } from '../../config-class/define-config-class';
import { RETIRED_ARGUMENTS } from '../../registry/renames';

/** Every rule the checks can run: the TrainingArguments rules and each config class's own. */
const EVERY_RULE: readonly Rule[] = [...ALL_RULES, ...CONFIG_CLASSES.flatMap((cls) => cls.rules), classDictJson('SFTConfig', [])];

/** Every config class's own `__post_init__` steps (their warnings and raises are issues too). */
const EVERY_STEP: readonly PostInitStep[] = [...new Set(CONFIG_CLASSES.flatMap((cls) => [...cls.beforeBase, ...cls.afterBase]))];

/**
 * The codes the rules and steps declare (each lists what its findings and fixes can say), plus the shared fix
 * labels, the frame of a class's own raises and warnings, and the app's input errors.
 */
const DECLARED = new Set<string>([
  ...EVERY_RULE.flatMap((rule) => rule.messages ?? []),
  ...EVERY_STEP.flatMap((step) => step.messages ?? []),
  ...SHARED_FIX_CODES,
  ...CONFIG_CLASS_CODES,
  ...INPUT_CODES,
  ...MIGRATIONS.flatMap((migration) => migration.messages),
  ...MIGRATE_CODES,
  ...IMPORT_NOTE_CODES,
  ...EMIT_NOTE_CODES,
  ...ARG_OWNER_CODES,
]);

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

  it('names codes after their rule, step or migration: the id, or id.variant', () => {
    for (const owner of [...EVERY_RULE, ...EVERY_STEP, ...MIGRATIONS]) {
      for (const code of owner.messages ?? []) expect(code === owner.id || code.startsWith(`${owner.id}.`), `${owner.id}: ${code}`).toBe(true);
    }
  });

  // Some texts are looked up in a catalogue's own table by a name the code's params carry; each table must hold every name.
  for (const catalogue of CATALOGUES) {
    it(`${catalogue.language} words every retired argument and every post-init step`, () => {
      const error = { className: 'TrainingArguments', typeError: 'TypeError: …' };
      for (const { name } of RETIRED_ARGUMENTS) {
        const params = { key: name, oldName: name, replacements: null, removedIn: '5.0', manual: false, ...error };
        expect(() => renderMessage(catalogue, message('unknown-argument.retired', params)), name).not.toThrow();
      }
      for (const step of EVERY_STEP) {
        const params = { className: 'GRPOConfig', step: step.id, error: 'TypeError: …' };
        expect(() => renderMessage(catalogue, message('config-class.python-error', params)), step.id).not.toThrow();
      }
      for (const { id } of ARG_OWNERS) expect(renderMessage(catalogue, ownerLabel(id)), id).not.toBe('');
    });
  }

  it('gives each code one text per language, as a function', () => {
    for (const catalogue of CATALOGUES) for (const render of Object.values(catalogue.texts)) expect(typeof render).toBe('function');
  });
});
