import { describe, expect, it } from 'vitest';
import { dictJsonString } from './dict-json-string';
import { findingsOf } from '../test-context';

describe(dictJsonString.id, () => {
  it('reports malformed JSON with line and column', () => {
    const [finding] = findingsOf(dictJsonString, { fsdp_config: '{"a" 1}' });
    expect(finding?.fields).toEqual(['fsdp_config']);
    expect(finding?.message).toMatch(/line 1, column 6/);
  });
  it('leaves valid JSON, plain paths and dicts alone', () => {
    expect(findingsOf(dictJsonString, { lr_scheduler_kwargs: '{"num_cycles": 2}', deepspeed: 'ds.json', fsdp_config: { a: 1 } })).toEqual([]);
  });
});
