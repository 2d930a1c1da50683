import { describe, expect, it } from 'vitest';
import { importCliFlags } from '@/core/import/cli-flags';
import { importJson } from '@/core/import/json';
import { importPython } from '@/core/import/python';
import { toKwargs } from '@/web/shared/form/to-kwargs';
import { canApply, planImport } from './import-plan';

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
