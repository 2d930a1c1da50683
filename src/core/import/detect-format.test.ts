import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

describe(detectFormat, () => {
  it.each([
    ['a TrainingArguments call', 'from transformers import TrainingArguments\nargs = TrainingArguments(\n    output_dir="out",\n    bf16=True,\n)', 'python'],
    ['a Seq2Seq call inside a script', 'import os\n# setup: here\nargs = Seq2SeqTrainingArguments(learning_rate=1e-4)', 'python'],
    ['keyword arguments alone', 'learning_rate=1e-4,\nbf16=True,', 'python'],
    ['a Python dict literal', "{'learning_rate': 1e-4, 'bf16': True}", 'python'],
    ['a JSON object', '{\n  "learning_rate": 0.0001,\n  "bf16": true\n}', 'json'],
    ['broken JSON (to show its error)', '{"learning_rate": 0.0001,, }', 'json'],
    ['bare flags', '--learning_rate 1e-4 --bf16', 'cli'],
    ['a torchrun command with continuations', 'torchrun --nproc_per_node 8 train.py \\\n  --bf16 \\\n  --output_dir out', 'cli'],
    ['a YAML mapping', '# hyperparameters\nlearning_rate: 1.0e-4\nreport_to:\n  - wandb\n', 'yaml'],
    ['YAML whose value holds dashes', 'run_name: --weird\nseed: 1', 'yaml'],
  ] as const)('recognises %s', (_what, text, expected) => {
    expect(detectFormat(text)).toBe(expected);
  });

  it('returns null for empty text or prose', () => {
    expect(detectFormat('   \n# only a comment\n')).toBeNull();
    expect(detectFormat('hello world')).toBeNull();
  });

  it('lets the file extension decide', () => {
    expect(detectFormat('{}', 'args.yaml')).toBe('yaml');
    expect(detectFormat('anything', 'train_args.JSON')).toBe('json');
    expect(detectFormat('--bf16', 'config.txt')).toBe('cli');
    expect(detectFormat('x', 'run.sh')).toBe('cli');
  });
});
