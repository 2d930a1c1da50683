import type { VersionRange } from '../target/target';
import { describe, expect, it } from 'vitest';
import { message } from '../i18n/messages/message';
import { defineRule } from './define-rule';
import { runRules } from './run-rules';
import { contextFor } from './test-context';

const always = (id: string, versions?: VersionRange) =>
  defineRule({
    id,
    fields: ['seed'],
    severity: 'warning',
    source: 'app',
    stage: 'config',
    description: id,
    ...(versions ? { versions } : {}),
    messages: ['max-steps-zero'],
    // Any code will do: these tests are about which rules run.
    check: () => ({ text: message('max-steps-zero', {}) }),
  });

describe(runRules.name, () => {
  it('runs a rule only for the releases its range holds, and every rule without a range', () => {
    const rules = [always('both'), always('v4-only', { until: '5.0' }), always('v5-only', { since: '5.0' })];
    expect(runRules(rules, contextFor({})).map((i) => i.rule)).toEqual(['both', 'v5-only']);
    expect(runRules(rules, contextFor({}, { target: '4.56' })).map((i) => i.rule)).toEqual(['both', 'v4-only']);
  });

  it('skips later rules on a field whose schema check failed', () => {
    const failing = defineRule({
      id: 'x',
      fields: ['seed'],
      severity: 'error',
      source: 'app',
      stage: 'schema',
      description: 'x',
      messages: ['max-steps-zero'],
      check: () => ({ text: message('max-steps-zero', {}) }),
    });
    expect(runRules([failing, always('later')], contextFor({})).map((i) => i.rule)).toEqual(['x']);
  });

  it('reads the stage, not the id: a config rule named schema-… does not hide later rules', () => {
    const named = defineRule({
      id: 'schema-y',
      fields: ['seed'],
      severity: 'error',
      source: 'app',
      stage: 'config',
      description: 'y',
      messages: ['max-steps-zero'],
      check: () => ({ text: message('max-steps-zero', {}) }),
    });
    expect(runRules([named, always('later')], contextFor({})).map((i) => i.rule)).toEqual(['schema-y', 'later']);
  });
});
