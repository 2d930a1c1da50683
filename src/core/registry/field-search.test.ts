import { describe, expect, it } from 'vitest';
import { KO } from '../i18n/ko';
import { FIELD_ALIASES } from './field-aliases';
import type { SearchableField } from './field-search';
import { searchFields } from './field-search';
import { ALL_FIELDS, fieldsFor } from './registry';

const english = (fields = ALL_FIELDS): SearchableField[] =>
  fields.map((f) => ({ name: f.name, texts: [f.summary, f.help], deprecated: f.deprecated !== undefined }));
const names = (query: string, fields = english()) => searchFields(query, fields).map((hit) => hit.name);

describe(searchFields.name, () => {
  it('finds a field by its name, the exact name first', () => {
    expect(names('learning_rate')[0]).toBe('learning_rate');
    expect(names('learning rate')[0]).toBe('learning_rate');
    expect(names('grad accum')).toContain('gradient_accumulation_steps');
    expect(names('gradient_acc')[0]).toBe('gradient_accumulation_steps');
  });

  it('answers the common aliases', () => {
    expect(names('tensorboard')[0]).toBe('report_to');
    // The default band (5.15+) has no warmup_ratio; the 5.2-5.5 band still does, and ranks it after its replacement.
    expect(names('warmup ratio')[0]).toBe('warmup_steps');
    expect(names('warmup ratio', english(fieldsFor('5.2-5.5'))).slice(0, 2)).toEqual(['warmup_steps', 'warmup_ratio']);
    expect(names('memory').slice(0, 3)).toEqual(['gradient_checkpointing', 'optim', 'auto_find_batch_size']);
  });

  it('skips alias fields the target does not have', () => {
    expect(names('warmup ratio', english(fieldsFor('5.15-5.18')))).not.toContain('warmup_ratio');
    const v4 = english(fieldsFor('4.56'));
    expect(names('warmup ratio', v4)).toContain('warmup_ratio');
  });

  it('finds words of the help text, in English and in Korean', () => {
    expect(names('bitsandbytes')).toContain('optim');
    const korean = ALL_FIELDS.map((f) => ({ name: f.name, texts: [f.summary, KO.fields[f.name]?.summary ?? '', KO.fields[f.name]?.help ?? ''] }));
    expect(names('그래디언트 합산', korean)).toContain('gradient_accumulation_steps');
  });

  it('returns nothing for an empty query', () => {
    expect(searchFields('  ', english())).toEqual([]);
  });

  it('names only fields the registry knows in its alias table', () => {
    const all = new Set(
      fieldsFor('4.56')
        .map((f) => f.name)
        .concat(ALL_FIELDS.map((f) => f.name)),
    );
    expect(FIELD_ALIASES.flatMap((a) => a.fields).filter((name) => !all.has(name))).toEqual([]);
  });
});
