import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runWithFiles } from '../fake-io';
import { runCli } from '../run-cli';

const run = (args: string[], files: Record<string, string>) => runWithFiles(runCli, args, files);

const vector = JSON.parse(readFileSync(new URL('../../../test/vectors/memory-public.jsonl', import.meta.url), 'utf8').split('\n')[0]!) as {
  inputs: unknown;
  expected: Record<string, number>;
};

describe('memory command', () => {
  it('prints one flat JSON object with the expected keys for a vector inputs file', () => {
    const { status, out } = run(['memory', '--inputs', 'in.json', '--json'], { 'in.json': JSON.stringify(vector.inputs) });
    expect(status).toBe(0);
    const json = JSON.parse(out) as Record<string, number>;
    for (const key of Object.keys(vector.expected)) expect(typeof json[key], key).toBe('number');
    expect(json.param_bytes).toBe(vector.expected.param_bytes);
  });

  it('estimates from training arguments with a table by default and JSON on request', () => {
    const files = { 'args.json': JSON.stringify({ per_device_train_batch_size: 8, bf16: true }) };
    const table = run(['memory', 'args.json', '--model', 'Llama-3.2-1B', '--seq-len', '4096', '--gpu', '24GB', '--load-dtype', 'bfloat16'], files);
    expect(table.status).toBe(0);
    expect(table.out).toMatch(/Peak allocated/);
    expect(table.out).toMatch(/does not fit/);
    const json = run(['memory', 'args.json', '--model', 'Llama-3.2-1B', '--seq-len', '4096', '--gpu', '24GB', '--load-dtype', 'bfloat16', '--json'], files);
    const parsed = JSON.parse(json.out) as { verdict: string; fixes: { id: string }[] };
    expect(parsed.verdict).toBe('does-not-fit');
    expect(parsed.fixes[0]?.id).toBe('gradient-checkpointing');
  });

  it('explains bad options with exit status 2', () => {
    const files = { 'args.json': '{}', 'bad.json': '{"model": 3}' };
    expect(run(['memory', 'args.json', '--model', 'nope', '--seq-len', '10', '--gpu', 'a100-80'], files).err).toMatch(/not in the catalogue/);
    expect(run(['memory', 'args.json', '--model', 'gpt2', '--seq-len', 'x', '--gpu', 'a100-80'], files).status).toBe(2);
    expect(run(['memory', 'args.json', '--model', 'gpt2', '--seq-len', '512', '--gpu', 'toaster'], files).err).toMatch(/--gpu needs/);
    expect(run(['memory', '--inputs', 'bad.json', '--json'], files).err).toMatch(/"model" must be an object/);
    expect(run(['memory', '--inputs', 'missing.json'], files).status).toBe(2);
  });
});
