import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { emitPython } from './python';

describe('emitPython', () => {
  it('writes an empty call when nothing differs from the defaults', () => {
    expect(emitPython(kwargs({ seed: 42, num_train_epochs: 3.0 }))).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments()
      "
    `);
  });

  it('writes changed values in form order with floats as Python prints them', () => {
    const input = kwargs({
      report_to: ['wandb'],
      learning_rate: 2e-5,
      num_train_epochs: 1,
      output_dir: 'out',
      per_device_train_batch_size: 16,
      bf16: true,
      warmup_steps: 0.1,
      save_steps: 1000,
      adam_epsilon: 1e-7,
      run_name: "Lee's 실험 🚀",
    });
    expect(emitPython(input)).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          per_device_train_batch_size=16,
          num_train_epochs=1.0,
          adam_epsilon=1e-07,
          learning_rate=2e-05,
          warmup_steps=0.1,
          output_dir='out',
          save_steps=1000,
          report_to=['wandb'],
          run_name="Lee's 실험 🚀",
          bf16=True,
      )
      "
    `);
  });

  it('keeps a whole step count written as a float, and a float in an int field', () => {
    expect(emitPython(kwargs({ logging_steps: 10, torch_empty_cache_steps: 5 }, ['logging_steps', 'torch_empty_cache_steps']))).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          logging_steps=10.0,
          torch_empty_cache_steps=5.0,
      )
      "
    `);
  });

  it('writes a wrongly typed value exactly as the user gave it', () => {
    expect(emitPython(kwargs({ learning_rate: 'abc', bf16: 'yes', seed: 1.5 }))).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          learning_rate='abc',
          bf16='yes',
          seed=1.5,
      )
      "
    `);
  });

  it('prints a dict given as an object as a dict and one given as text as a string', () => {
    const input = kwargs({ lr_scheduler_kwargs: { num_cycles: 2, min_lr: 1e-6 }, deepspeed: 'ds_config.json', fsdp_config: '{"version": 2}' }, [
      'lr_scheduler_kwargs.num_cycles',
    ]);
    expect(emitPython(input)).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          lr_scheduler_kwargs={'num_cycles': 2.0, 'min_lr': 1e-06},
          deepspeed='ds_config.json',
          fsdp_config='{"version": 2}',
      )
      "
    `);
  });

  it('breaks long dicts over lines', () => {
    const deepspeed = { zero_optimization: { stage: 3, offload_optimizer: { device: 'cpu', pin_memory: true } }, bf16: { enabled: 'auto' } };
    expect(emitPython(kwargs({ deepspeed }))).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          deepspeed={
              'zero_optimization': {
                  'stage': 3,
                  'offload_optimizer': {'device': 'cpu', 'pin_memory': True},
              },
              'bf16': {'enabled': 'auto'},
          },
      )
      "
    `);
  });

  it('writes None for fields set to None whose default is something else', () => {
    expect(emitPython(kwargs({ trackio_space_id: null }), { target: '5.2-5.5' })).toMatchInlineSnapshot(`
      "from transformers import TrainingArguments

      args = TrainingArguments(
          trackio_space_id=None,
      )
      "
    `);
  });

  it('writes every field with all', () => {
    const text = emitPython(kwargs({ bf16: true }), { all: true, target: '5.2-5.5' });
    expect(text).toContain('    bf16=True,\n');
    expect(text).toContain('    num_train_epochs=3.0,\n');
    expect(text).toContain('    save_steps=500,\n');
    expect(text).toContain('    output_dir=None,\n');
    expect(text).not.toContain('local_rank');
    expect(text).not.toContain('warmup_ratio');
    expect(text.split('\n').filter((line) => line.startsWith('    ')).length).toBe(105);
  });
});

describe('emitPython for transformers 4.56', () => {
  it('writes warmup_steps as an int and keeps the 4.x arguments', () => {
    const code = emitPython(kwargs({ warmup_steps: 100, half_precision_backend: 'cpu_amp', train_sampling_strategy: 'random' }), { target: '4.56' });
    expect(code).toContain('warmup_steps=100,');
    expect(code).toContain("half_precision_backend='cpu_amp',");
    expect(code).not.toMatch(/^ {4}train_sampling_strategy=/m);
    expect(code).toContain("    # train_sampling_strategy='random',  # not a TrainingArguments argument in transformers 4.56, so it is left out");
  });

  it('keeps names the class does not take as comments, never dropping them silently', () => {
    const code = emitPython(kwargs({ bf16: true, lora_rank: 8, warmup: 0.5 }, ['warmup']), { target: '5.2-5.5' });
    expect(code).toContain(
      '    bf16=True,\n    # lora_rank=8,  # not a TrainingArguments argument in transformers 5.2–5.5, so it is left out\n    # warmup=0.5,',
    );
    expect(emitPython(kwargs({ lora_rank: 8 }))).toMatch(/TrainingArguments\(\n {4}# lora_rank=8,.*\n\)/);
  });
});

describe('emitPython with a config class', () => {
  it('imports TRL classes from trl and compares with the class defaults', () => {
    const code = emitPython(kwargs({ logging_steps: 10, max_length: 2048, learning_rate: 5e-5 }), { configClass: 'SFTConfig' });
    expect(code).toBe('from trl import SFTConfig\n\nargs = SFTConfig(\n    learning_rate=5e-05,\n    max_length=2048,\n)\n');
  });

  it('imports Seq2SeqTrainingArguments from transformers', () => {
    expect(emitPython(kwargs({}), { configClass: 'Seq2SeqTrainingArguments' })).toBe(
      'from transformers import Seq2SeqTrainingArguments\n\nargs = Seq2SeqTrainingArguments()\n',
    );
  });
});
