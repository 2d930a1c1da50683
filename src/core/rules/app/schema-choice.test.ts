import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../py/py-value';
import { REPORT_TO_INTEGRATIONS } from '../../registry/enums';
import { fieldsFor } from '../../registry/registry';
import { repairList, schemaChoice } from './schema-choice';
import { findingsOf } from '../test-context';

const check = (values: Record<string, PyValue>) => findingsOf(schemaChoice, values);
const LIBRARY_CONVERTED = new Set(['eval_strategy', 'logging_strategy', 'save_strategy', 'hub_strategy', 'lr_scheduler_type', 'optim']);
// findingsOf checks the 5.2–5.5 band unless told otherwise, so its fields are the ones to walk.
const UNCHECKED_ENUMS = fieldsFor('5.2-5.5').filter((f) => f.kind === 'enum' && f.choices && !LIBRARY_CONVERTED.has(f.name));

describe(schemaChoice.id, () => {
  it('covers the enums the library leaves unchecked', () => {
    expect(UNCHECKED_ENUMS.map((f) => f.name).sort()).toEqual(
      ['ddp_backend', 'include_num_input_tokens_seen', 'log_level', 'log_level_replica', 'train_sampling_strategy'].sort(),
    );
  });

  it('accepts every documented choice', () => {
    for (const field of UNCHECKED_ENUMS) {
      for (const choice of field.choices!) expect(check({ [field.name]: choice }), `${field.name}=${choice}`).toEqual([]);
    }
  });

  it('rejects an unknown name in each field, listing the choices', () => {
    for (const field of UNCHECKED_ENUMS) {
      const [finding] = check({ [field.name]: 'zzzz' });
      expect(finding?.fields).toEqual([field.name]);
      expect(finding?.message).toContain(`got "zzzz"`);
      for (const choice of field.choices!) expect(finding?.message).toContain(`"${choice}"`);
      expect(finding?.fix).toBeUndefined();
    }
  });

  it('suggests and fixes a misspelt choice', () => {
    for (const field of UNCHECKED_ENUMS) {
      const choice = field.choices![0]!;
      const typo = choice.toUpperCase().replace('_', '-');
      const [finding] = check({ [field.name]: typo });
      expect(finding?.message).toContain(`Did you mean "${choice}"?`);
      expect(finding?.fix?.patch).toEqual({ [field.name]: choice });
    }
  });

  it('leaves enums the library converts, and non-text values, to other rules', () => {
    expect(check({ eval_strategy: 'step', optim: 'adamw', log_level: 5, include_num_input_tokens_seen: true, ddp_backend: null })).toEqual([]);
  });

  it('repairs include_for_metrics items', () => {
    const [finding] = check({ include_for_metrics: ['inputs', 'los', 'logits'] });
    expect(finding?.message).toContain('"los" (did you mean "loss"?)');
    expect(finding?.message).toContain('"logits" is unknown');
    expect(finding?.fix?.patch).toEqual({ include_for_metrics: ['inputs', 'loss'] });
  });

  describe('report_to', () => {
    it('accepts each known integration alone or in a list, and "all"/"none" alone', () => {
      for (const name of REPORT_TO_INTEGRATIONS) {
        expect(check({ report_to: name })).toEqual([]);
        expect(check({ report_to: [name] })).toEqual([]);
      }
      expect(check({ report_to: [...REPORT_TO_INTEGRATIONS] })).toEqual([]);
      for (const special of ['all', 'none']) {
        expect(check({ report_to: special })).toEqual([]);
        expect(check({ report_to: [special] })).toEqual([]);
      }
      expect(check({ report_to: [] })).toEqual([]);
    });

    it('offers the list form for several trackers written in one string', () => {
      const [finding] = check({ report_to: 'mlflow,wandb' });
      expect(finding?.message).toContain('["mlflow","wandb"]');
      expect(finding?.fix?.patch).toEqual({ report_to: ['mlflow', 'wandb'] });
      expect(check({ report_to: 'tensorboard wandb' })[0]?.fix?.patch).toEqual({ report_to: ['tensorboard', 'wandb'] });
    });

    it('suggests the closest tracker for an unknown single name', () => {
      expect(check({ report_to: 'WandB' })[0]?.fix?.patch).toEqual({ report_to: 'wandb' });
      const [unknown] = check({ report_to: 'not_a_tracker' });
      expect(unknown?.message).toContain('"not_a_tracker"');
      expect(unknown?.fix).toBeUndefined();
    });

    it('flags unknown list items and "all"/"none" mixed with trackers, keeping the known ones', () => {
      const [finding] = check({ report_to: ['tensorboard', 'wandb', 'foo'] });
      expect(finding?.message).toContain('"foo"');
      expect(finding?.fix?.patch).toEqual({ report_to: ['tensorboard', 'wandb'] });
      const [mixed] = check({ report_to: ['wandb', 'none'] });
      expect(mixed?.message).toContain('only work on their own');
      expect(mixed?.fix?.patch).toEqual({ report_to: ['wandb'] });
    });

    it('offers no fix that would silently turn reporting off', () => {
      expect(check({ report_to: ['weights_and_biases'] })[0]?.fix).toBeUndefined();
    });
  });
});

describe('repairList', () => {
  it('keeps valid items, fixes typos, drops the rest and removes duplicates', () => {
    expect(repairList(['wandb', 'wandbb', 'xyz', 'tensorbord'], ['wandb', 'tensorboard'])).toEqual(['wandb', 'tensorboard']);
    expect(repairList([], ['a'])).toEqual([]);
  });
});

describe(`${schemaChoice.id} for transformers 4.56`, () => {
  const checkV4 = (values: Record<string, PyValue>) => findingsOf(schemaChoice, values, { target: '4.56' });

  it('knows the 4.x choices: ccl, neptune and the half-precision backends', () => {
    expect(checkV4({ ddp_backend: 'ccl', report_to: ['neptune', 'wandb'], half_precision_backend: 'cpu_amp' })).toEqual([]);
    expect(checkV4({ ddp_backend: 'xccl' })[0]?.message).toContain('"ccl"');
    expect(checkV4({ fp16_backend: 'native' })[0]?.fields).toEqual(['fp16_backend']);
    expect(check({ report_to: 'neptune' })).toHaveLength(1);
  });

  it('has no token-counting modes to check in 4.x (the flag is a bool there)', () => {
    expect(checkV4({ include_num_input_tokens_seen: 'sometimes' })).toEqual([]);
  });
});
