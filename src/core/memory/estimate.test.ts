import { describe, expect, it } from 'vitest';
import { layerBytes } from './activations';
import { CATALOGUE, catalogueShape } from './catalogue';
import { estimateMemory } from './estimate';
import { adapterTensors, unmatchedTargets } from './lora';
import type { MemoryInputs } from './memory-inputs';
import type { ModelShape } from './model-shape';

// The README's base Llama shape (h 128, kv 2 × 32, I 352) and GPT-2 shape (I 512).
const llama: ModelShape = {
  arch: 'llama',
  h: 128,
  L: 2,
  a: 4,
  kvHeads: 2,
  headDim: 32,
  I: 352,
  V: 2000,
  nPositions: 512,
  tieWordEmbeddings: false,
  typeVocab: 0,
  mlp: 'swiglu',
  norm: 'rmsnorm',
  qkvBias: false,
};
const gpt2: ModelShape = { ...llama, arch: 'gpt2', kvHeads: 4, I: 512, tieWordEmbeddings: true, mlp: 'gelu', norm: 'layernorm', qkvBias: true };
const base: MemoryInputs = {
  model: llama,
  weightDtype: 'float32',
  autocast: null,
  optimizer: 'adamw_torch_fused',
  optimizerImpl: 'fused',
  optimArgs: null,
  batchSize: 2,
  seqLen: 128,
  attn: 'sdpa',
  gradientCheckpointing: false,
  lora: null,
  worldSize: 1,
  sharding: 'none',
};
const qv = (r: number) => ({ r, targets: ['q_proj', 'v_proj'] });

describe('LoRA', () => {
  it('reproduces the measured per-layer-per-token bytes of the README table', () => {
    const perToken = (shape: ModelShape, precision: 'fp32' | 'bf16', targets: string[] | null) =>
      layerBytes(
        shape,
        { family: shape.arch === 'gpt2' ? 'gpt2' : 'llama', precision, attn: 'sdpa', adapted: targets === null ? null : new Set(targets), r: 16 },
        1,
        1,
      );
    expect(perToken(llama, 'fp32', ['q_proj', 'v_proj'])).toBe(7448);
    expect(perToken(llama, 'fp32', null)).toBe(10264);
    expect(perToken(llama, 'bf16', ['q_proj', 'v_proj'])).toBe(4504);
    expect(perToken(llama, 'bf16', null)).toBe(5656);
    expect(perToken(gpt2, 'fp32', ['c_attn'])).toBe(12128);
    expect(perToken(gpt2, 'fp32', null)).toBe(14624);
    expect(perToken(gpt2, 'bf16', null)).toBe(11040);
  });

  it('counts trainable adapters as L·r·((h + a·d) + (h + kv·d)) and keeps them fp32 on a bf16 base', () => {
    const e = estimateMemory({ ...base, weightDtype: 'bfloat16', autocast: 'bfloat16', lora: qv(16) });
    const trainable = 2 * 16 * (128 + 128 + (128 + 64));
    expect(e.trainableParams).toBe(trainable);
    expect(e.gradBytes).toBe(4 * trainable);
    expect(e.optimizerStateBytes).toBe(8 * trainable + 4 * adapterTensors(llama, qv(16)).length);
    expect(e.paramBytes).toBe(2 * 881280 + 4 * trainable);
  });

  it('names targets that wrap nothing', () => {
    expect(unmatchedTargets(llama, { r: 8, targets: ['q_proj', 'c_attn'] })).toEqual(['c_attn']);
  });
});

describe('estimateMemory', () => {
  it('keeps autocast copies out of activation_bytes and logits inside it', () => {
    const amp = estimateMemory({ ...base, autocast: 'bfloat16' });
    expect(amp.autocastWeightCopyBytes).toBe(2 * (2 * 184320 + 2000 * 128));
    expect(amp.activationBytes).toBeGreaterThan(amp.logitsBytes);
    expect(amp.logitsBytes).toBe(4 * 2 * 128 * 2000);
  });

  it('lowers the peak with checkpointing and never below the model states', () => {
    const off = estimateMemory(base);
    const on = estimateMemory({ ...base, gradientCheckpointing: true });
    expect(on.peakBytes).toBeLessThan(off.peakBytes);
    expect(on.peakBytes).toBeGreaterThan(on.paramBytes + on.optimizerStateBytes);
    expect(on.peakUpperBytes).toBeGreaterThan(on.peakBytes);
  });

  it('adds the s² term under eager attention', () => {
    const sdpa = estimateMemory(base);
    const eager = estimateMemory({ ...base, attn: 'eager' });
    expect(eager.activationBytes - sdpa.activationBytes).toBe(2 * ((40 - 32) * 128 - 8 * 64 - 4 * 4) * 256 + 2 * 4 * 2 * 4 * 128 * 128);
  });

  it('divides states by the ranks as ZeRO stages do, and never activations', () => {
    const big = { ...base, model: catalogueShape(CATALOGUE.find((m) => m.id === 'meta-llama/Llama-3.1-8B')!) };
    const one = estimateMemory(big);
    const z1 = estimateMemory({ ...big, worldSize: 4, sharding: 'zero1' });
    const z2 = estimateMemory({ ...big, worldSize: 4, sharding: 'zero2' });
    const z3 = estimateMemory({ ...big, worldSize: 4, sharding: 'zero3' });
    expect(z1.optimizerStateBytes).toBe(Math.ceil(one.optimizerStateBytes / 4));
    expect(z1.gradBytes).toBe(one.gradBytes);
    expect(z2.gradBytes).toBe(Math.ceil(one.gradBytes / 4));
    expect(z3.paramBytes).toBe(Math.ceil(one.paramBytes / 4));
    expect(z3.activationBytes).toBe(one.activationBytes);
    expect(z3.peakBytes).toBeLessThan(z1.peakBytes);
  });

  it('reproduces the README Llama-3-8B bf16 example (b 1, s 4096) within 2 %', () => {
    const shape = catalogueShape(CATALOGUE.find((m) => m.id === 'meta-llama/Llama-3.1-8B')!);
    const e = estimateMemory({ ...base, model: shape, weightDtype: 'bfloat16', autocast: 'bfloat16', batchSize: 1, seqLen: 4096 });
    expect(e.peakBytes / 80.9e9).toBeGreaterThan(0.98);
    expect(e.peakBytes / 80.9e9).toBeLessThan(1.02);
    const amp = estimateMemory({ ...base, model: shape, autocast: 'bfloat16', batchSize: 1, seqLen: 4096 });
    expect(amp.peakBytes / 149.5e9).toBeGreaterThan(0.98);
    expect(amp.peakBytes / 149.5e9).toBeLessThan(1.02);
  });

  it('estimates an unmeasured architecture with the nearest family and says so', () => {
    const e = estimateMemory({ ...base, model: { ...llama, arch: 'gemma' } });
    expect(e.family).toBe('llama');
    expect(e.familyMeasured).toBe(false);
  });
});
