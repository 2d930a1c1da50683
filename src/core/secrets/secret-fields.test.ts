import { describe, expect, it } from 'vitest';
import { cliArgs, emitCliFlags } from '../emit/cli-flags';
import { emitJson } from '../emit/json';
import { emitLaunch } from '../emit/launch';
import { emitPython } from '../emit/python';
import { emitYaml } from '../emit/yaml';
import { kwargs } from '../py/py-value';
import { isWithheldSecret, secretEnvVar } from './secret-fields';

const TOKEN = 'hf_' + 'Zx9'.repeat(12);

describe('secret fields', () => {
  it('names the environment variable a token is read from', () => {
    expect(secretEnvVar('hub_token')).toBe('HF_TOKEN');
    expect(secretEnvVar('push_to_hub_token')).toBe('HF_TOKEN');
    expect(secretEnvVar('hub_model_id')).toBeUndefined();
    expect(secretEnvVar('toString')).toBeUndefined();
  });

  it('withholds any value but None', () => {
    expect(isWithheldSecret('hub_token', TOKEN)).toBe(true);
    expect(isWithheldSecret('hub_token', 5)).toBe(true);
    expect(isWithheldSecret('hub_token', null)).toBe(false);
    expect(isWithheldSecret('run_name', TOKEN)).toBe(false);
  });
});

describe('a token in the emitted code', () => {
  const input = kwargs({ hub_token: TOKEN, push_to_hub: true });

  it('is read from the environment in Python, never written', () => {
    const code = emitPython(input);
    expect(code).not.toContain(TOKEN);
    expect(code).toContain('import os\n');
    expect(code).toContain('    hub_token=os.environ["HF_TOKEN"],\n');
    expect(emitPython(kwargs({ hub_token: null }), { all: true })).toContain('hub_token=None');
    expect(emitPython(kwargs({ hub_token: null }), { all: true })).not.toContain('import os');
  });

  it('is left out of flags, launch commands, JSON and YAML, where the Hub client reads HF_TOKEN itself', () => {
    for (const code of [emitCliFlags(input), emitLaunch(input, { launcher: 'torchrun', devicesPerNode: 2 }), emitJson(input), emitYaml(input)]) {
      expect(code).not.toContain(TOKEN);
      expect(code).not.toContain('hub_token');
      expect(code).toContain('push_to_hub');
    }
    expect(cliArgs(input).skipped).toEqual([]);
  });
});

describe('values no command-line word can hold', () => {
  it('are refused with a message naming the field', () => {
    const { flags, skipped } = cliArgs(kwargs({ run_name: 'a\0b', output_dir: 'x\ud800', hub_model_id: 'ok 😀', report_to: ['wandb', 'y\udfff'] }));
    expect(flags).toEqual([['--hub_model_id', 'ok 😀']]);
    expect(skipped.map((s) => s.key).sort()).toEqual(['output_dir', 'report_to', 'run_name']);
    expect(skipped.find((s) => s.key === 'run_name')?.reason).toMatch(/^--run_name: it holds a NUL character/);
    expect(skipped.find((s) => s.key === 'output_dir')?.reason).toMatch(/^--output_dir: it holds a lone surrogate \(U\+D800\)/);
  });
});
