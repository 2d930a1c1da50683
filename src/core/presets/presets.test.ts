import { describe, expect, it } from 'vitest';
import { checkConfig } from '../check/check-config';
import { kwargs } from '../py/py-value';
import { getField } from '../registry/registry';
import { CURATED_PRESETS } from './presets';

describe('curated presets', () => {
  it('are at least eight, with unique ids, names and a sentence each', () => {
    expect(CURATED_PRESETS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(CURATED_PRESETS.map((p) => p.id)).size).toBe(CURATED_PRESETS.length);
    expect(new Set(CURATED_PRESETS.map((p) => p.name)).size).toBe(CURATED_PRESETS.length);
    for (const preset of CURATED_PRESETS) expect(preset.when).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('set only TrainingArguments fields (class-only values are kept apart)', () => {
    const unknown = CURATED_PRESETS.flatMap((p) =>
      Object.keys(p.values)
        .filter((name) => !getField(name))
        .map((name) => `${p.id}:${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it.each(CURATED_PRESETS.map((p) => [p.id, p] as const))('%s passes the checker without errors, in the class it is written for', (_id, preset) => {
    const values = { ...preset.values, ...preset.classValues };
    const result = checkConfig(kwargs(values), { hardware: 'cuda-ampere', ...(preset.configClass ? { configClass: preset.configClass } : {}) });
    expect(result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.message)).toEqual([]);
  });

  it('the GRPO preset names its config class and brings its own arguments', () => {
    const grpo = CURATED_PRESETS.find((p) => p.id === 'grpo-trl');
    expect(grpo?.configClass).toBe('GRPOConfig');
    // generation_batch_size defaults to per-device batch × processes × accumulation: 8 × 1 × 4 = 32,
    // which TRL requires to be divisible by num_generations.
    const generationBatch = Number(grpo?.values.per_device_train_batch_size) * Number(grpo?.values.gradient_accumulation_steps);
    expect(generationBatch % Number(grpo?.classValues?.num_generations)).toBe(0);
  });
});
