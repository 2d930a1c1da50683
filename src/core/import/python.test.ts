import { describe, expect, it } from 'vitest';
import { emitPython } from '../emit/python';
import { randomKwargs, seededRandom } from '../emit/random-kwargs';
import { kwargs } from '../py/py-value';
import { importPython } from './python';
import { withoutNegativeZero, writtenValues } from './round-trip-support';

describe('importPython', () => {
  it('reads keyword literals from a TrainingArguments call in a script', () => {
    const source = [
      'from transformers import TrainingArguments, Trainer',
      '# TrainingArguments(seed=1) in a comment is not read',
      'args = transformers.TrainingArguments(',
      '    output_dir="out",  # trailing comment',
      '    learning_rate=2e-5, num_train_epochs=3.0,',
      "    report_to=('wandb', 'tensorboard'),",
      '    lr_scheduler_kwargs={\'num_cycles\': 2.0, "power": -1},',
      '    bf16=True, hub_model_id=None, seed=0x2A,',
      ')',
      'trainer = Trainer(args=args)',
    ].join('\n');
    const result = importPython(source);
    expect(result.kwargs.values).toEqual({
      output_dir: 'out',
      learning_rate: 2e-5,
      num_train_epochs: 3,
      report_to: ['wandb', 'tensorboard'],
      lr_scheduler_kwargs: { num_cycles: 2, power: -1 },
      bf16: true,
      hub_model_id: null,
      seed: 42,
    });
    expect([...result.kwargs.floatWritten].sort()).toEqual(['lr_scheduler_kwargs.num_cycles', 'num_train_epochs']);
    expect(result.dropped).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('decodes escapes, raw and triple-quoted strings, prefixes and implicit concatenation', () => {
    const source = String.raw`TrainingArguments(a='it\'s\n\t\x41\u00e9\U0001F600\101\
', b=r'C:\dir\n', c="""line1
line2""", d=u'x' "y" r'\z', e=F'{{literal}}', f='\q')`;
    expect(importPython(source).kwargs.values).toEqual({ a: "it's\n\tAé😀A", b: 'C:\\dir\\n', c: 'line1\nline2', d: 'xy\\z', e: '{literal}', f: '\\q' });
  });

  it('reports variables, calls, expressions and unpacking instead of guessing', () => {
    const result = importPython('TrainingArguments(output_dir=out, seed=get_seed(), lr=1e-4 * 2, eval_strategy=IntervalStrategy.STEPS, bf16=True, **extra)');
    expect(result.kwargs.values).toEqual({ bf16: true });
    expect(result.dropped.map((d) => d.key)).toEqual(['output_dir', 'seed', 'lr', 'eval_strategy', '**extra']);
    expect(result.dropped[0]?.reason).toContain('`out` is a variable');
  });

  it('skips class definitions that mention TrainingArguments and reads the real call', () => {
    const source = 'class MyArgs(TrainingArguments):\n    pass\n\nargs = MyArgs(seed=3, lr_scheduler_kwargs=dict(num_cycles=1))\nx = TrainingArguments(seed=4)';
    expect(importPython(source).kwargs.values).toEqual({ seed: 4 });
  });

  it('reads float() of a constant, the only way to write inf and nan', () => {
    expect(importPython("TrainingArguments(max_grad_norm=float('inf'), weight_decay=-float('nan'))").kwargs.values).toEqual({
      max_grad_norm: Infinity,
      weight_decay: NaN,
    });
  });

  it('reports f-strings with placeholders, bytes and complex numbers', () => {
    const result = importPython("TrainingArguments(run_name=f'{x}', hub_token=b'x', seed=1j)");
    expect(result.kwargs.values).toEqual({});
    expect(result.dropped.map((d) => d.key)).toEqual(['run_name', 'hub_token', 'seed']);
  });

  it('reads bare keyword lists and dict literals when there is no call', () => {
    expect(importPython('learning_rate=1e-4,\nbf16=True').kwargs.values).toEqual({ learning_rate: 1e-4, bf16: true });
    expect(importPython("{'seed': 1, 'x': [1.0]}").kwargs).toEqual({ values: { seed: 1, x: [1] }, floatWritten: new Set(['x[0]']) });
  });

  it('points at syntax problems with line and column and never throws', () => {
    const result = importPython("TrainingArguments(\n  run_name='unclosed,\n  seed=1)");
    expect(result.errors.length + result.dropped.length).toBeGreaterThan(0);
    expect(importPython('TrainingArguments(seed=1').errors[0]?.message).toMatch(/never closed/);
    expect(importPython('print(1)').errors[0]).toMatchObject({ line: 1, column: 1 });
    expect(importPython('').errors).toHaveLength(1);
    expect(importPython('TrainingArguments("out", "x", seed=1)').dropped[0]).toMatchObject({
      key: '"x"',
      reason: expect.stringMatching(/positional argument 2/),
    });
    expect(importPython('TrainingArguments(seed=1, seed=2)').kwargs.values).toEqual({ seed: 2 });
  });

  it('keeps names the registry does not know, for validation to report', () => {
    expect(importPython('TrainingArguments(evaluation_strategy="steps")').kwargs.values).toEqual({ evaluation_strategy: 'steps' });
  });

  it('reads back what emitPython writes for hundreds of random states', () => {
    const random = seededRandom(2024);
    for (let i = 0; i < 300; i++) {
      const input = randomKwargs(random, { wrongTypes: true, share: 0.25 });
      const all = i % 10 === 0;
      const text = emitPython(input, { all });
      const back = importPython(text);
      expect(back.errors).toEqual([]);
      expect(back.dropped).toEqual([]);
      expect(withoutNegativeZero(back.kwargs.values)).toEqual(withoutNegativeZero(writtenValues(input, { all })));
      expect(emitPython(back.kwargs, { all })).toBe(text);
    }
  });

  it('round-trips strings with quotes, backslashes, newlines, tabs, Korean and emoji', () => {
    const run_name = 'a\'b"c\\d\ne\tf 한국어 😀 \ud800 \'\'\' """';
    expect(importPython(emitPython(kwargs({ run_name }))).kwargs.values).toEqual({ run_name });
  });

  it('reads the first positional argument as output_dir, as the dataclass does (the HF course style)', () => {
    const result = importPython('training_args = TrainingArguments("test-trainer", eval_strategy="epoch")');
    expect(result.kwargs.values).toEqual({ output_dir: 'test-trainer', eval_strategy: 'epoch' });
    expect(result.configClass).toBe('TrainingArguments');
  });

  it('spreads **{...}, **dict(...) and **name bound to a dict literal; other spreads are listed with their source', () => {
    const source = [
      'extra = {"weight_decay": 0.01, "warmup_steps": 5.0}',
      'args = TrainingArguments(output_dir="o", **{"seed": 1}, **dict(bf16=True), **extra, **make_kwargs())',
    ].join('\n');
    const result = importPython(source);
    expect(result.kwargs.values).toEqual({ output_dir: 'o', seed: 1, bf16: true, weight_decay: 0.01, warmup_steps: 5 });
    expect([...result.kwargs.floatWritten]).toEqual(['warmup_steps']);
    expect(result.dropped).toEqual([{ key: '**make_kwargs()', reason: expect.stringContaining('`**make_kwargs()` is not a literal dict') }]);
  });

  it('replaces names bound to literals earlier in the script, the latest binding before the call winning', () => {
    const source = [
      'lr = 1e-3',
      'lr = 2e-5',
      'epochs = 3.0',
      'model_name = "bert-base-uncased"',
      'out = f"{model_name}-finetuned"',
      'args = TrainingArguments(out, learning_rate=lr, num_train_epochs=epochs, hub_model_id=model_name)',
      'lr = 5',
    ].join('\n');
    const result = importPython(source);
    expect(result.kwargs.values).toEqual({ learning_rate: 2e-5, num_train_epochs: 3, hub_model_id: 'bert-base-uncased' });
    expect(result.kwargs.floatWritten.has('num_train_epochs')).toBe(true);
    expect(result.dropped).toEqual([{ key: 'output_dir', reason: expect.stringContaining('`out` is a variable') }]);
  });

  it('names the config class called and reads its arguments (TRL configs, Seq2Seq, subclasses by name)', () => {
    expect(importPython('from trl import SFTConfig\ncfg = SFTConfig(output_dir="o", packing=True, max_length=1024)')).toMatchObject({
      configClass: 'SFTConfig',
      kwargs: { values: { output_dir: 'o', packing: true, max_length: 1024 } },
    });
    expect(importPython('peft = LoraConfig(r=8)\nargs = DPOConfig(beta=0.1)').configClass).toBe('DPOConfig');
    expect(importPython('Seq2SeqTrainingArguments(predict_with_generate=True)').configClass).toBe('Seq2SeqTrainingArguments');
    expect(importPython('MyTrainingArguments(seed=2)')).toMatchObject({ kwargs: { values: { seed: 2 } } });
    expect(importPython('MyTrainingArguments(seed=2)').configClass).toBeUndefined();
  });
});
