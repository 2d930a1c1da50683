import { describe, expect, it } from 'vitest';
import { checkConfig } from '../check/check-config';
import { kwargs } from '../py/py-value';
import { classFieldsFor, configClassesFor } from './class-registry';

const errors = (r: ReturnType<typeof checkConfig>) => r.issues.filter((i) => i.severity === 'error');

describe('config classes', () => {
  it('resolves TRL defaults in place of the TrainingArguments ones', () => {
    const r = checkConfig(kwargs({}), { configClass: 'SFTConfig' });
    expect(r.ok).toBe(true);
    expect(r.resolved).toMatchObject({
      learning_rate: 2e-5,
      logging_steps: 10,
      gradient_checkpointing: true,
      bf16: true,
      loss_type: 'chunked_nll',
      max_length: 1024,
    });
    expect(r.provenance.logging_steps).toBe('default');
  });

  it('turns bf16 off when fp16 is asked for, and rejects both', () => {
    expect(checkConfig(kwargs({ fp16: true }), { configClass: 'DPOConfig' }).resolved.bf16).toBe(false);
    expect(checkConfig(kwargs({ fp16: true, bf16: true }), { configClass: 'DPOConfig' }).ok).toBe(false);
  });

  it('puts DPO’s loss-weights raise before the TrainingArguments errors', () => {
    const r = checkConfig(kwargs({ loss_type: ['sigmoid', 'sft'], loss_weights: [1.0], fp16: true, bf16: true }), { configClass: 'DPOConfig' });
    expect(errors(r)[0]?.rule).toBe('dpo-loss-weights');
    expect(errors(r)[0]?.message).toContain('Got 1 weights for 2 loss types.');
    expect(errors(r)[0]?.fix?.patch).toEqual({ loss_weights: [1.0, 1.0] });
  });

  it('derives the GRPO generation batch and checks it holds whole groups', () => {
    const ok = checkConfig(kwargs({ per_device_train_batch_size: 4, gradient_accumulation_steps: 4 }), { configClass: 'GRPOConfig' });
    expect(ok.resolved).toMatchObject({ generation_batch_size: 16, steps_per_generation: 4 });
    const bad = checkConfig(kwargs({ per_device_train_batch_size: 2, gradient_accumulation_steps: 3 }), { configClass: 'GRPOConfig' });
    expect(errors(bad).map((e) => e.rule)).toEqual(['trl-generation-groups']);
    expect(errors(bad)[0]?.message).toContain('generation_batch_size (6) must be divisible by num_generations (8).');
    expect(errors(bad)[0]?.fix?.patch).toMatchObject({ generation_batch_size: 8 });
  });

  it('uses the run’s process count as world_size', () => {
    const run = { examples: 1000, devicesPerNode: 4, nodes: 1 };
    const r = checkConfig(kwargs({ per_device_train_batch_size: 2, gradient_accumulation_steps: 1 }), { configClass: 'GRPOConfig', run });
    expect(r.resolved.generation_batch_size).toBe(8);
  });

  it('reports Python’s own errors from arithmetic on wrong kinds', () => {
    const r = checkConfig(kwargs({ num_generations: 0 }), { configClass: 'RLOOConfig' });
    expect(errors(r).some((e) => e.message.includes('ZeroDivisionError: integer modulo by zero'))).toBe(true);
  });

  it('names the class in the unknown-keyword TypeError, and the classes that own the field', () => {
    const r = checkConfig(kwargs({ beta: 0.1 }), { configClass: 'SFTConfig' });
    const e = errors(r)[0];
    expect(e?.message).toContain("SFTConfig.__init__() got an unexpected keyword argument 'beta'");
    expect(e?.message).toContain('DPOConfig');
  });

  it('offers a one-click bf16=False when TRL’s bf16 default meets a machine without bf16', () => {
    const r = checkConfig(kwargs({}), { configClass: 'GRPOConfig', hardware: 'cpu' });
    const e = errors(r).find((i) => i.rule === 'bf16-hardware');
    expect(e?.message).toContain('GRPOConfig turns bf16 on');
    expect(e?.fix?.patch).toEqual({ bf16: false });
    expect(checkConfig(kwargs({ bf16: false }), { configClass: 'GRPOConfig', hardware: 'cpu' }).ok).toBe(true);
    // Before Ampere bf16 is emulated: accepted, with advice to use fp16, which also turns TRL's bf16 default off.
    const slow = checkConfig(kwargs({}), { configClass: 'GRPOConfig', hardware: 'cuda-pre-ampere' }).issues.find((i) => i.rule === 'bf16-emulated');
    expect(slow?.message).toContain('GRPOConfig turns bf16 on');
    expect(checkConfig(kwargs({ fp16: true }), { configClass: 'GRPOConfig', hardware: 'cuda-pre-ampere' }).resolved.bf16).toBe(false);
  });

  it('flags wrong kinds and unknown options of TRL fields', () => {
    expect(errors(checkConfig(kwargs({ max_length: '8' }), { configClass: 'SFTConfig' })).map((e) => e.rule)).toEqual(['trl-field-type']);
    const choice = errors(checkConfig(kwargs({ vllm_mode: 'Colocate' }), { configClass: 'RLOOConfig' }));
    expect(choice.map((e) => e.rule)).toEqual(['trl-choice']);
    expect(choice[0]?.fix?.patch).toEqual({ vllm_mode: 'colocate' });
  });

  it('adds Seq2Seq generation fields without changing defaults', () => {
    const r = checkConfig(kwargs({ predict_with_generate: true, generation_num_beams: 4 }), { configClass: 'Seq2SeqTrainingArguments' });
    expect(r.ok).toBe(true);
    expect(r.resolved).toMatchObject({ predict_with_generate: true, generation_num_beams: 4, logging_steps: 500, sortish_sampler: false });
  });

  it('offers TRL classes from their band on, and shows their fields in the class section', () => {
    expect(configClassesFor('4.56').map((c) => c.name)).toEqual(['TrainingArguments', 'Seq2SeqTrainingArguments']);
    expect(configClassesFor('4.57').map((c) => c.name)).toContain('DistillationConfig');
    expect(configClassesFor('5.15-5.18').map((c) => c.name)).toContain('GRPOConfig');
    const grpo = classFieldsFor('5.15-5.18', 'GRPOConfig');
    expect(grpo.find((f) => f.name === 'num_generations')).toMatchObject({ section: 'class', default: 8 });
    expect(grpo.find((f) => f.name === 'learning_rate')).toMatchObject({ section: 'scheduler', default: 1e-6 });
  });

  it('checks DistillationConfig’s beta range', () => {
    const r = checkConfig(kwargs({ beta: 1.5 }), { configClass: 'DistillationConfig' });
    expect(errors(r)[0]?.message).toContain('beta must be in [0.0, 1.0], got 1.5.');
  });

  it('keeps KTO’s train_sampling_strategy as its own field on 4.57, where TrainingArguments has group_by_length', () => {
    const kto = classFieldsFor('4.57', 'KTOConfig').find((f) => f.name === 'train_sampling_strategy');
    expect(kto).toMatchObject({ section: 'class', default: 'sequential' });
    const r = checkConfig(kwargs({ group_by_length: true, per_device_train_batch_size: 4 }), { target: '4.57', configClass: 'KTOConfig' });
    expect(r.ok).toBe(true);
    expect(r.resolved).toMatchObject({ group_by_length: true, train_sampling_strategy: 'sequential', learning_rate: 1e-6 });
  });

  it('rejects warmup_ratio through SFTConfig on 5.18 as the class’s TypeError', () => {
    const r = checkConfig(kwargs({ warmup_ratio: 0.1 }), { target: '5.15-5.18', configClass: 'SFTConfig' });
    expect(errors(r)[0]?.message).toContain("SFTConfig.__init__() got an unexpected keyword argument 'warmup_ratio'");
  });
});
