import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../py/py-value';
import { ALL_FIELDS } from '../../registry/registry';
import { schemaRange } from './schema-range';
import { findingsOf } from '../test-context';

const check = (values: Record<string, PyValue>, floats?: string[]) => findingsOf(schemaRange, values, { floats });
const LIBRARY_BOUNDED = new Set(['warmup_steps', 'torch_empty_cache_steps']);
const ZERO_ELSEWHERE = ['per_device_train_batch_size', 'gradient_accumulation_steps', 'per_device_eval_batch_size'];
const WITH_MIN = ALL_FIELDS.filter((f) => f.min !== undefined && !LIBRARY_BOUNDED.has(f.name));
const WITH_MAX = ALL_FIELDS.filter((f) => f.max !== undefined && !LIBRARY_BOUNDED.has(f.name));

describe(schemaRange.id, () => {
  it('accepts each bounded field at its lower bound', () => {
    expect(WITH_MIN.length).toBeGreaterThan(5);
    for (const field of WITH_MIN) expect(check({ [field.name]: field.min! }), field.name).toEqual([]);
  });

  it('rejects each bounded field just below its lower bound and offers the default', () => {
    for (const field of WITH_MIN) {
      const below = field.kind === 'int' ? field.min! - 1 : field.min! - 0.5;
      if (below === 0 && ZERO_ELSEWHERE.includes(field.name)) continue;
      const [finding] = check({ [field.name]: below });
      expect(finding?.fields, field.name).toEqual([field.name]);
      expect(finding?.message).toMatch(new RegExp(`^${field.name} must be .*${field.min}.*, got ${below}\\.`));
      expect(finding?.fix?.patch).toEqual({ [field.name]: undefined });
    }
  });

  it('rejects values above an upper bound, and at it when the bound is exclusive', () => {
    expect(WITH_MAX.length).toBeGreaterThan(0);
    for (const field of WITH_MAX) {
      const atMax = check({ [field.name]: field.max! });
      expect(atMax.length, field.name).toBe(field.exclusiveMax ? 1 : 0);
      expect(check({ [field.name]: field.max! + 1 }), field.name).toHaveLength(1);
    }
  });

  it('leaves zero batch sizes and zero accumulation to the dedicated Trainer rules, but not negatives', () => {
    expect(check(Object.fromEntries(ZERO_ELSEWHERE.map((name) => [name, 0])))).toEqual([]);
    expect(check(Object.fromEntries(ZERO_ELSEWHERE.map((name) => [name, -2])))).toHaveLength(ZERO_ELSEWHERE.length);
  });

  it('explains that a negative value has no meaning', () => {
    expect(check({ learning_rate: -1e-4 })[0]?.message).toContain('negative');
  });

  it('leaves values of the wrong type to schema-type', () => {
    expect(check({ learning_rate: '-1', per_device_train_batch_size: -2.5 })).toEqual([]);
  });

  it('leaves bounds the library enforces to the library rules', () => {
    expect(check({ warmup_steps: -1, torch_empty_cache_steps: -1 })).toEqual([]);
  });

  it('ignores None', () => {
    expect(check({ eval_accumulation_steps: null, neftune_noise_alpha: null })).toEqual([]);
  });
});
