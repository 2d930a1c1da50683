import { describe, expect, it } from 'vitest';
import type { PyValue } from '../../py/py-value';
import { DEBUG_OPTIONS, FSDP_OPTIONS } from '../../registry/enums';
import { schemaListOption } from './schema-list-option';
import { findingsOf } from '../test-context';

const check = (values: Record<string, PyValue>) => findingsOf(schemaListOption, values);

describe(schemaListOption.id, () => {
  it('accepts lists made of known options', () => {
    expect(check({ fsdp: [...FSDP_OPTIONS], debug: [...DEBUG_OPTIONS] })).toEqual([]);
    expect(check({ fsdp: [], debug: [] })).toEqual([]);
  });

  it('leaves the string forms to the library rules, which check them', () => {
    expect(check({ fsdp: 'zero3', debug: 'underflow' })).toEqual([]);
  });

  it('reports unknown items once per field, with the valid options', () => {
    const findings = check({ fsdp: ['full_shard', 'zero3', 'sharded'], debug: ['foo'] });
    expect(findings.map((f) => f.fields)).toEqual([['fsdp'], ['debug']]);
    expect(findings[0]?.message).toContain('unknown FSDP options');
    expect(findings[0]?.message).toContain('"zero3"');
    for (const option of FSDP_OPTIONS) expect(findings[0]?.message).toContain(`"${option}"`);
    expect(findings[0]?.fix?.patch).toEqual({ fsdp: ['full_shard'] });
  });

  it('fixes a misspelt option', () => {
    const [finding] = check({ debug: ['underflow'] });
    expect(finding?.message).toContain('did you mean "underflow_overflow"?');
    expect(finding?.fix?.patch).toEqual({ debug: ['underflow_overflow'] });
    expect(check({ fsdp: ['FULL_SHARD', 'auto-wrap'] })[0]?.fix?.patch).toEqual({ fsdp: ['full_shard', 'auto_wrap'] });
  });

  it('splits an item that holds several space-separated options', () => {
    const [finding] = check({ fsdp: ['full_shard offload'] });
    expect(finding?.message).toContain('several options');
    expect(finding?.fix?.patch).toEqual({ fsdp: ['full_shard', 'offload'] });
  });

  it('offers no fix when nothing would be left, since that would switch the feature off', () => {
    expect(check({ fsdp: ['zero3'] })[0]?.fix).toBeUndefined();
  });

  it('leaves lists with non-text items to schema-type', () => {
    expect(check({ fsdp: ['full_shard', 3] })).toEqual([]);
  });
});
