import { describe, expect, it } from 'vitest';
import { kwargs, type PyValue } from '../py/py-value';
import { ALL_FIELDS, getField } from '../registry/registry';
import { acceptedShapes, fitsShape } from './schema-shapes';

function field(name: string) {
  const found = getField(name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

function fits(name: string, value: PyValue, floats: string[] = []): boolean {
  return fitsShape(field(name), value, kwargs({ [name]: value }, floats));
}

describe('acceptedShapes', () => {
  it('adds None exactly for nullable fields outside the recorded unions', () => {
    const unions = new Set(['report_to', 'fsdp', 'debug', 'optim_target_modules', 'include_num_input_tokens_seen', 'max_grad_norm']);
    for (const f of ALL_FIELDS.filter((f) => !unions.has(f.name))) {
      expect(acceptedShapes(f).includes('none'), f.name).toBe(f.nullable === true);
    }
  });

  it('lets dict fields take a string only when the annotation allows str', () => {
    for (const f of ALL_FIELDS.filter((f) => f.kind === 'dict')) {
      const allowsString = f.pyType.split('|').some((part) => part.trim() === 'str');
      expect(acceptedShapes(f).includes('string'), f.name).toBe(allowsString);
    }
  });
});

describe('fitsShape', () => {
  it('accepts every registry default for its own field', () => {
    for (const f of ALL_FIELDS) expect(fitsShape(f, f.default, kwargs({ [f.name]: f.default })), f.name).toBe(true);
  });

  it('tells a whole number written as a float from an int for int fields', () => {
    expect(fits('max_steps', 100)).toBe(true);
    expect(fits('max_steps', 100, ['max_steps'])).toBe(false);
    expect(fits('per_device_train_batch_size', 2.5)).toBe(false);
  });

  it('lets a whole float through where Python only does float-safe arithmetic with it', () => {
    expect(fits('ddp_timeout', 1800, ['ddp_timeout'])).toBe(true);
    expect(fits('ddp_timeout', 1800.5)).toBe(false);
  });

  it('takes ints for float fields but never booleans or text', () => {
    expect(fits('learning_rate', 1)).toBe(true);
    expect(fits('learning_rate', true)).toBe(false);
    expect(fits('learning_rate', '1e-4')).toBe(false);
  });

  it('accepts None for report_to as TrainingArguments does (the Trainer-time failure is the report-to-none rule)', () => {
    expect(fits('report_to', null)).toBe(true);
    expect(fits('report_to', 'none')).toBe(true);
    expect(fits('report_to', ['wandb'])).toBe(true);
  });

  it('accepts each form of the union fields', () => {
    for (const value of [true, false, 'full_shard auto_wrap', ['full_shard'], null]) expect(fits('fsdp', value)).toBe(true);
    expect(fits('fsdp', 3)).toBe(false);
    expect(fits('debug', null)).toBe(true);
    expect(fits('include_num_input_tokens_seen', true)).toBe(true);
    expect(fits('include_num_input_tokens_seen', null)).toBe(false);
    expect(fits('max_grad_norm', null)).toBe(true);
  });

  it('requires list items to be strings', () => {
    expect(fits('label_names', ['labels'])).toBe(true);
    expect(fits('label_names', ['labels', 3])).toBe(false);
    expect(fits('label_names', 'labels')).toBe(false);
  });

  it('accepts only None for a field that cannot be written as a literal', () => {
    const objects = ALL_FIELDS.filter((f) => f.kind === 'object');
    expect(objects.length).toBeGreaterThan(0);
    for (const f of objects) {
      expect(fitsShape(f, null, kwargs({ [f.name]: null }))).toBe(true);
      expect(fitsShape(f, { tp_size: 2 }, kwargs({ [f.name]: { tp_size: 2 } }))).toBe(false);
    }
  });
});
