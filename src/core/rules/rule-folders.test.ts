import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule, RuleSource } from './define-rule';
import { ALL_RULES } from './index';

const SOURCES: readonly RuleSource[] = ['library', 'trainer', 'app'];

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && 'id' in value && 'check' in value && 'source' in value;
}

describe('rule folders', () => {
  for (const source of SOURCES) {
    it(`holds in ${source}/ only rules whose source is ${source}, each in the rule list and tested beside it`, async () => {
      const files = readdirSync(new URL(`./${source}/`, import.meta.url));
      const ruleFiles = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
      expect(ruleFiles.length).toBeGreaterThan(0);
      for (const file of ruleFiles) {
        const module: Record<string, unknown> = await import(/* @vite-ignore */ new URL(`./${source}/${file}`, import.meta.url).href);
        const rules = Object.values(module).filter(isRule);
        expect(rules.length, file).toBe(1);
        expect(
          rules.map((r) => r.source),
          file,
        ).toEqual([source]);
        expect(ALL_RULES, file).toContain(rules[0]);
        expect(files, file).toContain(file.replace(/\.ts$/, '.test.ts'));
      }
    });
  }
});
