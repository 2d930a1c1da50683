import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateMemory } from '../src/core/memory/estimate';
import { estimateJson, parseVectorInputs } from '../src/core/memory/vector-inputs';

interface MemoryVector {
  readonly id: string;
  readonly inputs: unknown;
  readonly expected: Record<string, number>;
  readonly tolerance: Record<string, number>;
}

const vectors: MemoryVector[] = readFileSync(new URL('./vectors/memory-public.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as MemoryVector);

describe('memory vectors (memory-public.jsonl)', () => {
  it('has every public vector', () => expect(vectors).toHaveLength(30));
  it.each(vectors.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const inputs = parseVectorInputs(vector.inputs);
    if (!inputs.ok) throw new Error(inputs.message);
    const actual = estimateJson(estimateMemory(inputs.value));
    for (const [key, expected] of Object.entries(vector.expected)) {
      const got = actual[key];
      expect(typeof got, key).toBe('number');
      const tolerance = vector.tolerance[key] ?? 0;
      const error = expected === 0 ? Math.abs(got as number) : Math.abs((got as number) - expected) / Math.abs(expected);
      expect(error, `${key}: got ${String(got)}, expected ${expected} (±${tolerance})`).toBeLessThanOrEqual(tolerance);
    }
  });
});
