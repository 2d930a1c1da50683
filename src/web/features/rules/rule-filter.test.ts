import { describe, expect, it } from 'vitest';
import type { Rule } from '@/core/rules/define-rule';
import { ALL_RULES } from '@/core/rules/index';
import { EMPTY_QUERY, countRules, filterRules, orderFields, searchTerms } from './rule-filter';

function rule(id: string, severity: Rule['severity'], source: Rule['source'], fields: string[], description: string): Rule {
  return { id, severity, source, stage: 'config', fields, description, check: () => null };
}

const RULES = [
  rule('bf16-hardware', 'error', 'library', ['bf16', 'use_cpu'], 'bf16 needs a bf16-capable accelerator.'),
  rule('bf16-emulated', 'warning', 'app', ['bf16'], 'Emulated bf16 is slow.'),
  rule('grad-accum-zero', 'error', 'trainer', ['gradient_accumulation_steps'], 'Zero accumulation steps divide by zero.'),
];

describe(filterRules, () => {
  it('keeps every rule for the empty query', () => {
    expect(filterRules(RULES, EMPTY_QUERY)).toHaveLength(3);
  });

  it('matches ids, fields and descriptions, case-insensitively, needing every word', () => {
    expect(filterRules(RULES, { ...EMPTY_QUERY, text: 'BF16' }).map((r) => r.id)).toEqual(['bf16-hardware', 'bf16-emulated']);
    expect(filterRules(RULES, { ...EMPTY_QUERY, text: 'use_cpu' }).map((r) => r.id)).toEqual(['bf16-hardware']);
    expect(filterRules(RULES, { ...EMPTY_QUERY, text: 'divide  zero' }).map((r) => r.id)).toEqual(['grad-accum-zero']);
    expect(filterRules(RULES, { ...EMPTY_QUERY, text: 'bf16 divide' })).toEqual([]);
  });

  it('filters by severity and by source', () => {
    expect(filterRules(RULES, { ...EMPTY_QUERY, severity: 'warning' }).map((r) => r.id)).toEqual(['bf16-emulated']);
    expect(filterRules(RULES, { ...EMPTY_QUERY, source: 'trainer' }).map((r) => r.id)).toEqual(['grad-accum-zero']);
    expect(filterRules(RULES, { text: 'bf16', severity: 'error', source: 'library' }).map((r) => r.id)).toEqual(['bf16-hardware']);
  });

  it('finds the bf16 hardware rule of the real catalogue as one that mirrors the library', () => {
    const found = filterRules(ALL_RULES, { ...EMPTY_QUERY, text: 'bf16' }).find((r) => r.id === 'bf16-hardware');
    expect(found?.source).toBe('library');
  });
});

describe(countRules, () => {
  it('counts rules per severity and per source', () => {
    expect(countRules(RULES, 'severity')).toEqual(
      new Map([
        ['error', 2],
        ['warning', 1],
      ]),
    );
    expect(countRules(RULES, 'source').get('library')).toBe(1);
  });
});

describe(orderFields, () => {
  it('puts fields matching the search first and keeps the rest in order', () => {
    expect(orderFields(['fp16', 'seed', 'bf16_full_eval', 'bf16'], ['bf16'])).toEqual(['bf16_full_eval', 'bf16', 'fp16', 'seed']);
    expect(orderFields(['b', 'a'], [])).toEqual(['b', 'a']);
  });
});

describe(searchTerms, () => {
  it('splits on any whitespace and lower-cases', () => {
    expect(searchTerms('  Eval\tSTEPS ')).toEqual(['eval', 'steps']);
  });
});
