import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTION_IDS } from '../registry/define-field';
import { FIELD_OVERRIDES } from '../registry/field-overrides';
import { fieldsFor, isFieldName } from '../registry/registry';
import { KO } from './ko';
import { KO_V5_15 } from './ko-v5-15';
import { compareVersions } from '../target/target';

const HANGUL = /[\uac00-\ud7a3]/;

// The keys the web app needs today; it may add more.
const REQUIRED_UI_KEYS = [
  'Show advanced',
  'Hide advanced',
  'Default',
  'Changed',
  'Reset to default',
  'Not set',
  'Issues',
  'Resolved config',
  'Python',
  'Copy',
  'Copied',
  'Set by you',
  'Default value',
  'Derived',
  'Errors',
  'Warnings',
  'Info',
  'No issues',
  'Apply fix',
  'Undo',
  'Hardware',
  'Language',
  'Changed only',
  'All values',
] as const;

// Proper names read the same in Korean UIs.
const UNTRANSLATED_UI = new Set(['Python']);

function codeSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

function sourceFiles(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => /\.(ts|tsx)$/.test(p) && !/\.test\.tsx?$/.test(p))
    .map((p) => readFileSync(new URL(p, dir), 'utf8'));
}

/** The Korean texts of a field on a 5.x band: the newer target's own entry where its English changed. */
function koreanOf(name: string, band: '5.2-5.5' | '5.15-5.18'): { summary: string; help: string } | undefined {
  const base = KO.fields[name];
  if (band === '5.2-5.5' || base === undefined) return base;
  return { summary: KO_V5_15.fields[name]?.summary ?? base.summary, help: KO_V5_15.fields[name]?.help ?? base.help };
}

const V5_BANDS = ['5.2-5.5', '5.15-5.18'] as const;

describe('KO', () => {
  it('writes every field summary and help in Korean, on both 5.x bands', () => {
    for (const band of V5_BANDS) {
      for (const field of fieldsFor(band)) {
        const ko = koreanOf(field.name, band);
        expect(ko && HANGUL.test(ko.summary), `${band} ${field.name} summary`).toBe(true);
        expect(ko && HANGUL.test(ko.help), `${band} ${field.name} help`).toBe(true);
      }
    }
  });

  it('has a KO_V5_15 entry wherever a release from 5.6 on changed the English, and only for its fields', () => {
    for (const entry of FIELD_OVERRIDES.filter((e) => e.since !== undefined && compareVersions(e.since, '5.0') >= 0)) {
      for (const [name, override] of Object.entries(entry.values)) {
        if (override.summary !== undefined) expect(KO_V5_15.fields[name]?.summary ?? KO.fields[name]?.summary, name).toBeDefined();
        if (override.help !== undefined) expect(KO_V5_15.fields[name]?.help, name).toBeDefined();
      }
    }
    for (const name of Object.keys(KO_V5_15.fields)) expect(isFieldName(name, '5.15-5.18'), name).toBe(true);
  });

  it('writes every field summary and help in Korean (5.2–5.5 texts)', () => {
    for (const field of fieldsFor('5.2-5.5')) {
      const ko = KO.fields[field.name];
      expect(ko && HANGUL.test(ko.summary), `${field.name} summary`).toBe(true);
      expect(ko && HANGUL.test(ko.help), `${field.name} help`).toBe(true);
    }
  });

  it('keeps Korean summaries on one line and within 110 characters', () => {
    for (const [name, texts] of Object.entries(KO.fields)) {
      expect(texts.summary.length, name).toBeLessThanOrEqual(110);
      expect(texts.summary, name).not.toContain('\n');
    }
  });

  it('closes every code span it opens', () => {
    for (const [name, texts] of Object.entries(KO.fields)) {
      expect((texts.summary.match(/`/g) ?? []).length % 2, `${name} summary`).toBe(0);
      expect((texts.help.match(/`/g) ?? []).length % 2, `${name} help`).toBe(0);
    }
  });

  it('quotes only code that the English texts of the same field also quote', () => {
    for (const band of V5_BANDS) {
      for (const field of fieldsFor(band)) {
        const english = new Set(codeSpans(`${field.summary} ${field.help} ${field.deprecated ?? ''}`));
        const ko = koreanOf(field.name, band);
        for (const span of codeSpans(`${ko?.summary ?? ''} ${ko?.help ?? ''}`)) {
          expect(english.has(span), `${band} ${field.name}: \`${span}\``).toBe(true);
        }
      }
    }
  });

  it('titles and summarizes every section in Korean', () => {
    expect(Object.keys(KO.sections).sort()).toEqual([...SECTION_IDS].sort());
    for (const id of SECTION_IDS) {
      expect(HANGUL.test(KO.sections[id].summary), id).toBe(true);
      expect(KO.sections[id].title.trim().length, id).toBeGreaterThan(0);
    }
  });

  it('translates every UI string the web app needs', () => {
    for (const key of REQUIRED_UI_KEYS) {
      const text = KO.ui[key];
      expect(text?.trim().length ?? 0, key).toBeGreaterThan(0);
      if (!UNTRANSLATED_UI.has(key)) expect(HANGUL.test(text ?? ''), key).toBe(true);
    }
  });

  it('is imported statically by no application module, so the web app can load it lazily', () => {
    const staticImport = /^\s*import\s[^;]*from\s+['"][^'"]*i18n\/ko['"]/m;
    const localImport = /^\s*import\s[^;]*from\s+['"]\.\/ko['"]/m;
    const offenders = sourceFiles(new URL('../../', import.meta.url)).filter((text) => staticImport.test(text) || localImport.test(text));
    expect(offenders).toEqual([]);
  });
});
