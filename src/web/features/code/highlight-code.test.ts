import { describe, expect, it } from 'vitest';
import type { CodeLanguage, TokenKind } from './highlight-code';
import { highlightCode } from './highlight-code';

function kindsOf(code: string, language: CodeLanguage): [TokenKind, string][] {
  return highlightCode(code, language)
    .filter((t) => t.kind !== 'plain')
    .map((t) => [t.kind, t.text]);
}

describe(highlightCode, () => {
  const samples: [CodeLanguage, string][] = [
    ['python', "from transformers import TrainingArguments\n\nargs = TrainingArguments(\n    learning_rate=5e-05,  # peak\n    run_name='a \\'b\\'',\n)\n"],
    ['shell', "torchrun --nproc_per_node 8 train.py \\\n    --learning_rate=-1e-05 \\\n    --run_name 'it'\\''s' \\\n    --bf16\n"],
    ['json', '{\n  "learning_rate": 5e-05,\n  "report_to": ["none"],\n  "max_grad_norm": -Infinity,\n  "bf16": true\n}\n'],
    ['yaml', 'learning_rate: 5.0e-05\nreport_to:\n  - wandb\nrun_name: "a: b"\nfsdp_config: {}\nmax_grad_norm: .inf\n'],
  ];

  it.each(samples)('gives back %s code exactly when the tokens are joined', (language, code) => {
    expect(
      highlightCode(code, language)
        .map((t) => t.text)
        .join(''),
    ).toBe(code);
  });

  it('colours Python keywords, keyword arguments, numbers and comments', () => {
    expect(kindsOf('TrainingArguments(bf16=True, seed=42)  # note', 'python')).toEqual([
      ['name', 'TrainingArguments'],
      ['kwarg', 'bf16'],
      ['keyword', 'True'],
      ['kwarg', 'seed'],
      ['number', '42'],
      ['comment', '# note'],
    ]);
  });

  it('colours shell flags, quoted words and launchers', () => {
    expect(kindsOf("torchrun --nproc_per_node 8 train.py --run_name 'a b'", 'shell')).toEqual([
      ['keyword', 'torchrun'],
      ['kwarg', '--nproc_per_node'],
      ['number', '8'],
      ['kwarg', '--run_name'],
      ['string', "'a b'"],
    ]);
  });

  it('tells JSON keys from string values', () => {
    expect(kindsOf('{"optim": "adamw_torch", "seed": 1, "x": null}', 'json')).toEqual([
      ['kwarg', '"optim"'],
      ['string', '"adamw_torch"'],
      ['kwarg', '"seed"'],
      ['number', '1'],
      ['kwarg', '"x"'],
      ['keyword', 'null'],
    ]);
  });

  it('colours YAML keys, also inside list items, but not colons inside quoted strings', () => {
    expect(kindsOf('run_name: "a: b"\nitems:\n  - key: 1.0\n', 'yaml')).toEqual([
      ['kwarg', 'run_name'],
      ['string', '"a: b"'],
      ['kwarg', 'items'],
      ['kwarg', 'key'],
      ['number', '1.0'],
    ]);
  });
});
