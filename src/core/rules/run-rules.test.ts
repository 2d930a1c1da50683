import { describe, expect, it } from 'vitest';
import { defineRule } from './define-rule';
import { runRules } from './run-rules';
import { contextFor } from './test-context';

const always = (id: string, targets?: readonly ('v5' | 'v4')[]) =>
  defineRule({ id, fields: ['seed'], severity: 'warning', source: 'app', description: id, ...(targets ? { targets } : {}), check: () => ({ message: id }) });

describe(runRules.name, () => {
  it('runs a rule only for the targets it names, and every rule without targets', () => {
    const rules = [always('both'), always('v4-only', ['v4']), always('v5-only', ['v5'])];
    expect(runRules(rules, contextFor({})).map((i) => i.rule)).toEqual(['both', 'v5-only']);
    expect(runRules(rules, contextFor({}, { target: 'v4' })).map((i) => i.rule)).toEqual(['both', 'v4-only']);
  });

  it('skips later rules on a field whose schema check failed', () => {
    const failing = defineRule({ id: 'schema-x', fields: ['seed'], severity: 'error', source: 'app', description: 'x', check: () => ({ message: 'bad' }) });
    expect(runRules([failing, always('later')], contextFor({})).map((i) => i.rule)).toEqual(['schema-x']);
  });
});
