import { describe, expect, it } from 'vitest';
import { cliArgs, emitCliFlags } from '../emit/cli-flags';
import { cliShapeOf } from '../emit/cli-shape';
import { emitLaunch } from '../emit/launch';
import { randomKwargs, seededRandom } from '../emit/random-kwargs';
import { parseJson } from '../py/parse-json';
import type { Kwargs, PyValue } from '../py/py-value';
import { kwargs } from '../py/py-value';
import { getField } from '../registry/registry';
import { importCliFlags } from './cli-flags';
import { withoutNegativeZero, writtenValues } from './round-trip-support';
import { EN_MESSAGES } from '../i18n/messages/en';
import { renderMessage } from '../i18n/messages/message';
import type { ImportNote } from './import-result';
/** A note as each catalogue words it. */
const en = (note: ImportNote | undefined): string | undefined => (note ? renderMessage(EN_MESSAGES, note.text) : undefined);

/** What HfArgumentParser hands TrainingArguments for a value written by cliArgs (the parser's own conversions). */
function asParsed(name: string, value: PyValue): PyValue {
  const field = getField(name)!;
  const shape = cliShapeOf(field);
  if (name === 'include_num_input_tokens_seen' && typeof value === 'boolean') return value ? 'all' : 'no';
  if (shape.kind === 'flag' && typeof value === 'string') {
    if (['yes', 'true', 't', 'y', '1'].includes(value.toLowerCase())) return true;
    if (['no', 'false', 'f', 'n', '0'].includes(value.toLowerCase())) return false;
  }
  if (shape.kind === 'list' && typeof value === 'string') return name === 'debug' ? value.split(/\s+/).filter(Boolean) : [value];
  if (shape.kind === 'value' && Array.isArray(value)) return name === 'fsdp' ? value.join(' ') : value.length === 0 ? 'none' : (value[0] ?? null);
  if (field.kind === 'dict' && typeof value === 'string' && value.startsWith('{')) {
    const parsed = parseJson(value);
    return parsed.ok ? parsed.value : value;
  }
  return value;
}

function expectedAfterParsing(input: Kwargs): Record<string, PyValue> {
  const skipped = new Set(cliArgs(input).skipped.map((s) => s.key));
  const written = Object.entries(writtenValues(input)).filter(([name]) => !skipped.has(name));
  return Object.fromEntries(written.map(([name, value]) => [name, asParsed(name, value)]));
}

describe('importCliFlags', () => {
  it('reads a torchrun command with continuations, quotes and both flag spellings', () => {
    const text = [
      'CUDA_VISIBLE_DEVICES=0,1 torchrun --nproc_per_node 2 train.py \\',
      '  --output-dir "my runs" --learning_rate=1e-4 --num_train_epochs 3.0 \\',
      "  --bf16 --no_dataloader_pin_memory --tf32 False --run_name 'it'\\''s' \\",
      '  --label_names start end --max_steps -1 --report_to wandb',
    ].join('\n');
    const result = importCliFlags(text);
    expect(result.kwargs.values).toEqual({
      output_dir: 'my runs',
      learning_rate: 1e-4,
      num_train_epochs: 3,
      bf16: true,
      dataloader_pin_memory: false,
      tf32: false,
      run_name: "it's",
      label_names: ['start', 'end'],
      max_steps: -1,
      report_to: 'wandb',
    });
    expect([...result.kwargs.floatWritten]).toEqual(['num_train_epochs']);
    expect(result.errors).toEqual([]);
  });

  it('skips accelerate and python -m prefixes and picks the command with flags', () => {
    expect(importCliFlags('accelerate launch --num_processes 8 -m trl.scripts.sft --seed 3').kwargs.values).toEqual({ seed: 3 });
    expect(importCliFlags('export X=1\ncd work && python train.py --seed 4 # note').kwargs.values).toEqual({ seed: 4 });
    expect(importCliFlags('--bf16 --seed=5').kwargs.values).toEqual({ bf16: true, seed: 5 });
    expect(importCliFlags('--seed 6 --run_name x.py --bf16').kwargs.values).toEqual({ seed: 6, run_name: 'x.py', bf16: true });
    expect(importCliFlags('python run.py --run_name x.py').kwargs.values).toEqual({ run_name: 'x.py' });
  });

  it('reads dict fields written as JSON and maps the token-count flag as the library does', () => {
    const result = importCliFlags(`--lr_scheduler_kwargs '{"num_cycles": 2.0}' --deepspeed ds.json --include_num_input_tokens_seen no`);
    expect(result.kwargs.values).toEqual({ lr_scheduler_kwargs: { num_cycles: 2 }, deepspeed: 'ds.json', include_num_input_tokens_seen: 'no' });
    expect([...result.kwargs.floatWritten]).toEqual(['lr_scheduler_kwargs.num_cycles']);
  });

  it('reports what argparse would reject but keeps going', () => {
    const result = importCliFlags('train.py --seed abc --report_to wandb tensorboard --tf32 --label_names stray --bf16 maybe');
    expect(result.kwargs.values).toMatchObject({ seed: 'abc', report_to: 'wandb', tf32: true, bf16: 'maybe' });
    expect(result.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('integer'),
      expect.stringContaining('"tensorboard"'),
      expect.stringContaining('needs a value'),
      expect.stringContaining('truth value'),
    ]);
  });

  it('keeps unknown flags so validation can name them, and words that belong to no flag are reported', () => {
    const result = importCliFlags('train.py stray --evaluation_strategy steps --foo');
    expect(result.kwargs.values).toEqual({ evaluation_strategy: 'steps', foo: true });
    expect(result.errors).toEqual([expect.objectContaining({ line: 1, column: 10 })]);
  });

  it('reports an unclosed quote', () => {
    expect(importCliFlags("--run_name 'oops").errors[0]?.message).toMatch(/never closed/);
  });

  it('reads back what emitCliFlags and emitLaunch write for hundreds of random states', () => {
    const random = seededRandom(4242);
    for (let i = 0; i < 300; i++) {
      const input = randomKwargs(random, { share: 0.25 });
      const text = i % 2 === 0 ? emitCliFlags(input) : emitLaunch(input, { launcher: 'torchrun', devicesPerNode: 2, nodes: 2 });
      const back = importCliFlags(text);
      expect(withoutNegativeZero(back.kwargs.values)).toEqual(withoutNegativeZero(expectedAfterParsing(input)));
    }
  });

  it('round-trips strings with quotes, backslashes, newlines, tabs, Korean and emoji', () => {
    const run_name = 'a\'b"c\\d\ne\tf 한국어 😀 $HOME `x` --no';
    expect(importCliFlags(emitCliFlags(kwargs({ run_name }))).kwargs.values).toEqual({ run_name });
  });

  it('types values by the annotation, as argparse does: a float field gives a float even for "3"', () => {
    const result = importCliFlags('--num_train_epochs 3 --save_steps 500 --seed 42 --learning_rate 2e-5');
    expect(result.kwargs.values).toEqual({ num_train_epochs: 3, save_steps: 500, seed: 42, learning_rate: 2e-5 });
    expect([...result.kwargs.floatWritten].sort()).toEqual(['num_train_epochs', 'save_steps']);
    expect(importCliFlags('--seed 3.0').errors[0]?.message).toMatch(/integer/);
  });

  it('expands unambiguous abbreviations with a note, rejects ambiguous ones, and takes a lone "-" as a value', () => {
    const result = importCliFlags('--num_train_epoch 2 --output_dir - --learning_ra 1e-4');
    expect(result.kwargs.values).toEqual({ num_train_epochs: 2, output_dir: '-', learning_rate: 1e-4 });
    expect(result.notes?.map((n) => n.key)).toEqual(['num_train_epochs', 'learning_rate']);
    expect(importCliFlags('--per_device 8').errors[0]?.message).toMatch(/ambiguous.*--per_device_train_batch_size/);
    // A name another program documents stays that program's option.
    expect(importCliFlags('--max_seq_length 128').kwargs.values).toEqual({ max_seq_length: '128' });
  });

  it('recognises launchers and environment prefixes and fills the launch details', () => {
    const torch = importCliFlags('python -m torch.distributed.launch --nproc_per_node 2 x.py --seed 1');
    expect(torch.launch).toMatchObject({ launcher: 'torch.distributed.launch', script: 'x.py', processesPerNode: 2 });
    expect(torch.kwargs.values).toEqual({ seed: 1 });
    const run = importCliFlags('CUDA_VISIBLE_DEVICES=0,1,2 torchrun --nnodes=2 --rdzv_backend c10d $SCRIPT --bf16');
    expect(run.launch).toMatchObject({ launcher: 'torchrun', script: '$SCRIPT', env: { CUDA_VISIBLE_DEVICES: '0,1,2' }, processesPerNode: 3, nodes: 2 });
    expect(run.kwargs.values).toEqual({ bf16: true });
    const acc = importCliFlags('accelerate launch --multi_gpu --num_machines 2 --num_processes 16 train.py --seed 2');
    expect(acc.launch).toMatchObject({ launcher: 'accelerate', processesPerNode: 8, nodes: 2, options: { multi_gpu: true } });
    expect(importCliFlags('deepspeed --num_gpus 4 t.py --deepspeed ds.json').launch).toMatchObject({ launcher: 'deepspeed', processesPerNode: 4 });
    expect(importCliFlags('python3 -u t.py --seed 1').launch).toMatchObject({ launcher: 'python', script: 't.py', processesPerNode: 1 });
  });

  it('keeps $VARS in text values with a note and drops them from numbers with a reason', () => {
    const result = importCliFlags('python run_glue.py --output_dir /tmp/$TASK_NAME/ --num_train_epochs $EPOCHS');
    expect(result.kwargs.values).toEqual({ output_dir: '/tmp/$TASK_NAME/' });
    expect(en(result.notes?.[0])).toMatch(/shell variable/);
    expect(result.dropped).toEqual([{ key: 'num_train_epochs', reason: expect.stringContaining('$EPOCHS') }]);
  });

  it("reads the class's own fields with their types, and a bare --fsdp only where the annotation allows it", () => {
    const sft = importCliFlags('--packing --max_length 512 --dataset_kwargs \'{"skip_prepare_dataset": true}\'', { configClass: 'SFTConfig' });
    expect(sft.kwargs.values).toEqual({ packing: true, max_length: 512, dataset_kwargs: { skip_prepare_dataset: true } });
    expect(importCliFlags('--fsdp', { target: '5.2-5.5' }).errors[0]?.message).toMatch(/needs a value/);
  });
});
