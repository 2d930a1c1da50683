import { describe, expect, it } from 'vitest';
import { FIELD_SCHEMA_RULES } from './field-schema-rules';
import { runRules } from './run-rules';
import { contextFor } from './test-context';

describe('FIELD_SCHEMA_RULES', () => {
  it('holds only error-level schema rules, with unique ids, type first', () => {
    const ids = FIELD_SCHEMA_RULES.map((r) => r.id);
    expect(ids[0]).toBe('schema-type');
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of FIELD_SCHEMA_RULES) {
      expect(rule.id.startsWith('schema-')).toBe(true);
      expect(rule.severity).toBe('error');
    }
  });

  it('gives one message per wrong value, not a cascade', () => {
    const issues = runRules(FIELD_SCHEMA_RULES, contextFor({ per_device_train_batch_size: -2.5, report_to: ['foo'], log_level: 'loud' }));
    expect(issues.map((i) => [i.rule, i.fields[0]])).toEqual([
      ['schema-type', 'per_device_train_batch_size'],
      ['schema-choice', 'log_level'],
      ['schema-choice', 'report_to'],
    ]);
  });

  it('accepts an ordinary configuration', () => {
    const values = {
      learning_rate: 2e-5,
      per_device_train_batch_size: 16,
      report_to: ['wandb'],
      fsdp: 'full_shard auto_wrap',
      log_level: 'info',
      include_num_input_tokens_seen: true,
    };
    expect(runRules(FIELD_SCHEMA_RULES, contextFor(values))).toEqual([]);
  });
});
