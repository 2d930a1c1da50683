import { describe, expect, it } from 'vitest';
import { kwargs } from '../py/py-value';
import { annotateErrors } from './error-comments';
import { emitPython } from './python';
import { emitYaml } from './yaml';

const input = kwargs({ learning_rate: 0.001, fsdp_config: { learning_rate: 1 }, fp16: true });

describe(annotateErrors.name, () => {
  it('puts a comment above the argument in Python, indented like it', () => {
    const code = annotateErrors(emitPython(input), 'python', [{ fields: ['fp16', 'bf16'], message: 'fp16 needs a `GPU`.\nTurn it off.' }]);
    expect(code).toContain('    # error: fp16 needs a GPU. Turn it off.\n    fp16=True,');
  });

  it('puts a comment above the top-level key in YAML, not a nested one of the same name', () => {
    const code = annotateErrors(emitYaml(input), 'yaml', [{ fields: ['learning_rate'], message: 'too high' }]);
    expect(code.startsWith('# error: too high\nlearning_rate: 0.001\n')).toBe(true);
    expect(code.match(/# error/g)).toHaveLength(1);
  });

  it('places errors about unwritten arguments above the call, several in order', () => {
    const code = annotateErrors(emitPython(input), 'python', [
      { fields: ['max_steps'], message: 'first' },
      { fields: [], message: 'second' },
    ]);
    expect(code).toContain('# error: first\n# error: second\nargs = TrainingArguments(');
  });

  it('leaves code without errors as it is, and the commented Python still parses as the same call', () => {
    const plain = emitPython(input);
    expect(annotateErrors(plain, 'python', [])).toBe(plain);
    const commented = annotateErrors(plain, 'python', [{ fields: ['fp16'], message: 'x' }]);
    expect(
      commented
        .split('\n')
        .filter((line) => !line.trim().startsWith('#'))
        .join('\n'),
    ).toBe(plain);
  });
});
