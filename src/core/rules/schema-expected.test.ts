import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../registry/define-field';
import { getField } from '../registry/registry';
import { boundsText, expectedText } from './schema-expected';

function field(name: string): FieldDef {
  const found = getField(name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const sample = (overrides: Partial<FieldDef>): FieldDef => ({
  ...field('learning_rate'),
  min: undefined,
  max: undefined,
  exclusiveMax: undefined,
  ...overrides,
});

describe('boundsText', () => {
  it('describes each combination of bounds', () => {
    expect(boundsText(sample({ min: 1 }))).toBe('≥ 1');
    expect(boundsText(sample({ max: 1 }))).toBe('≤ 1');
    expect(boundsText(sample({ max: 1, exclusiveMax: true }))).toBe('< 1');
    expect(boundsText(sample({ min: 0, max: 1 }))).toBe('between 0 and 1');
    expect(boundsText(sample({ min: 0, max: 1, exclusiveMax: true }))).toBe('from 0 up to, but not including, 1');
    expect(boundsText(sample({}))).toBe('');
  });
});

describe('expectedText', () => {
  it('phrases scalars with their bounds and None when nullable', () => {
    expect(expectedText(sample({ kind: 'int', min: 1, nullable: false }))).toBe('a whole number ≥ 1');
    expect(expectedText(sample({ kind: 'float', nullable: true }))).toBe('a number or None');
    expect(expectedText(sample({ kind: 'bool', nullable: false }))).toBe('true or false');
  });

  it('lists the choices of an enum', () => {
    expect(expectedText(sample({ kind: 'enum', choices: ['a', 'b'], nullable: false }))).toBe('one of "a" or "b"');
  });

  it('phrases the union fields from their recorded shapes', () => {
    expect(expectedText(field('fsdp'))).toMatch(/^true or false, text, a list of names from .* or None$/);
    // v5's TrainingArguments takes None for report_to; the Trainer-time failure is the report-to-none rule's.
    expect(expectedText(field('report_to'))).toContain('None');
  });

  it('says a Python-only object must stay unset', () => {
    expect(expectedText(sample({ kind: 'object', nullable: false }))).toContain('left unset');
  });
});
