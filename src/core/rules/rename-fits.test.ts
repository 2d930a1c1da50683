import { describe, expect, it } from 'vitest';
import type { PyValue } from '../py/py-value';
import { DEFAULT_TARGET } from '../target/target';
import { renameFits } from './rename-fits';
import { findingsOf } from './test-context';
import { unknownArgument } from './library/unknown-argument';

const findings = (values: Record<string, PyValue>) => findingsOf(unknownArgument, values);

describe(renameFits, () => {
  it('refuses launcher-set fields and values of the wrong type', () => {
    expect(renameFits('local_rank', 8, DEFAULT_TARGET, 'TrainingArguments')).toBe(false);
    expect(renameFits('data_seed', 'identity,alpaca_en_demo', DEFAULT_TARGET, 'TrainingArguments')).toBe(false);
    expect(renameFits('data_seed', 42, DEFAULT_TARGET, 'TrainingArguments')).toBe(true);
    expect(renameFits('learning_rate', 3e-5, DEFAULT_TARGET, 'TrainingArguments')).toBe(true);
  });

  it('keeps unknown-argument from offering a rename that harms', () => {
    expect(findings({ lora_rank: 8 })[0]?.fix?.patch).not.toHaveProperty('local_rank');
    expect(findings({ dataset: 'alpaca' })[0]?.fix?.patch).not.toHaveProperty('data_seed');
    expect(findings({ learning_rat: 3e-5 })[0]?.fix?.patch).toEqual({ learning_rat: undefined, learning_rate: 3e-5 });
  });
});
