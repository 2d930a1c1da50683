import { describe, expect, it } from 'vitest';
import { importCliFlags } from '@/core/import/cli-flags';
import { importJson } from '@/core/import/json';
import { importPython } from '@/core/import/python';
import { toKwargs } from '@/web/shared/form/to-kwargs';
import { importText } from '@/core/import/import-text';
import { canApply, offeredClass, planImport, planReport } from './import-plan';

describe(planImport, () => {
  it('keeps unknown names, marks them, and encodes them so the check sees the same value', () => {
    const plan = planImport(importJson('{"evaluation_strategy": "epoch", "learning_rate": 1e-4}'));
    expect(plan.set).toEqual([
      { key: 'evaluation_strategy', text: "'epoch'", unknown: true },
      { key: 'learning_rate', text: '0.0001', unknown: false },
    ]);
    expect(toKwargs(plan.values).kwargs.values).toEqual({ evaluation_strategy: 'epoch', learning_rate: 1e-4 });
  });

  it('round-trips values through the form, floats written as floats included', () => {
    const result = importPython(
      'TrainingArguments(num_train_epochs=2.0, torch_empty_cache_steps=5.0, lr_scheduler_kwargs={"num_cycles": 1.0}, report_to=["wandb"], bf16=True, my_flag={"a": 1.0})',
    );
    const { kwargs } = toKwargs(planImport(result).values);
    expect(kwargs.values).toEqual(result.kwargs.values);
    expect([...kwargs.floatWritten].sort()).toEqual([...result.kwargs.floatWritten].sort());
  });

  it('drops names the form cannot hold, saying why, after what the importer dropped', () => {
    const plan = planImport(importJson('{"a.b": 1, "hub_token": "<HUB_TOKEN>"}'));
    expect(plan.set).toEqual([]);
    expect(plan.dropped.map((d) => d.key)).toEqual(['hub_token', 'a.b']);
  });

  it('passes errors through with their positions', () => {
    const plan = planImport(importCliFlags('--bf16 stray'));
    expect(plan.errors[0]).toMatchObject({ line: 1 });
  });
});

describe(canApply, () => {
  it('refuses text that produced nothing but errors, and accepts an empty object', () => {
    expect(canApply(planImport(importJson('{"a": ')))).toBe(false);
    expect(canApply(planImport(importJson('{}')))).toBe(true);
  });
});

describe(planReport, () => {
  const glue =
    'torchrun --nproc_per_node 2 run_glue.py --model_name_or_path google-bert/bert-base-cased --task_name mrpc --do_train --do_eval --max_seq_length 128 --per_device_train_batch_size 32 --learning_rate 2e-5 --num_train_epochs 3 --output_dir /tmp/mrpc/';

  it('puts the script’s arguments apart with their owner, and the launcher’s counts in the plan', () => {
    const plan = planReport(importText(glue));
    expect(plan.set.map((v) => v.key)).toEqual(['do_train', 'do_eval', 'per_device_train_batch_size', 'learning_rate', 'num_train_epochs', 'output_dir']);
    expect(plan.set.every((v) => !v.unknown)).toBe(true);
    expect(plan.otherArgs?.map((a) => [a.name, a.text])).toEqual([
      ['model_name_or_path', "'google-bert/bert-base-cased'"],
      ['task_name', "'mrpc'"],
      // The script's own parser is unknown, so its values stay as the text it receives.
      ['max_seq_length', "'128'"],
    ]);
    expect(plan.otherArgs?.[0]?.owner).toBe('hf-script');
    expect(plan.launch).toEqual({ launcher: 'torchrun', devicesPerNode: 2, nodes: 1 });
    expect(toKwargs(plan.values).kwargs.values.num_train_epochs).toBe(3);
  });

  it('reads a plain python command as one process on one machine, and bare flags as no launch at all', () => {
    expect(planReport(importText('python run_glue.py --do_train')).launch).toEqual({ launcher: 'python', devicesPerNode: 1, nodes: 1 });
    expect(planReport(importText('--do_train --bf16')).launch).toBeUndefined();
  });

  it('keeps a call’s non-literal values out, with their source text', () => {
    const plan = planReport(importText('TrainingArguments("out", seed=get_seed())'));
    expect(plan.dropped).toEqual([{ key: 'seed', reason: '`get_seed()` is not a literal: `get_seed(...)` is a call' }]);
  });
});

describe(offeredClass, () => {
  it('offers the class a call builds, as coming from the text', () => {
    expect(offeredClass(importText('SFTConfig(output_dir="o", packing=True)'), 'TrainingArguments')).toEqual({ name: 'SFTConfig', fromText: true, names: [] });
  });

  it('offers the class a command’s names point to, as a suggestion', () => {
    const offer = offeredClass(importText('python sft.py --packing --eos_token x --output_dir o'), 'TrainingArguments');
    expect(offer).toMatchObject({ name: 'SFTConfig', fromText: false });
    expect(offer?.names).toContain('packing');
  });

  it('offers nothing when the text fits the form’s class', () => {
    expect(offeredClass(importText('--bf16'), 'TrainingArguments')).toBeUndefined();
  });
});
