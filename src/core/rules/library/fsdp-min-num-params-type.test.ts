import { describe, expect, it } from 'vitest';
import { fsdpMinNumParamsType } from './fsdp-min-num-params-type';
import { findingsOf } from '../test-context';

describe(fsdpMinNumParamsType.id, () => {
  it('rejects a min_num_params that is not a number, in each release’s words', () => {
    const values = { fsdp: true, fsdp_config: { min_num_params: '1000000' } };
    expect(findingsOf(fsdpMinNumParamsType, values, { target: '4.56' })[0]?.message).toContain("between instances of 'int' and 'str'");
    const [v5] = findingsOf(fsdpMinNumParamsType, values);
    expect(v5?.message).toContain("between instances of 'str' and 'int'");
    expect(v5?.fix?.patch).toEqual({ fsdp_config: { min_num_params: 1000000 } });
  });
  it('patches the key as written, prefix and all', () => {
    expect(findingsOf(fsdpMinNumParamsType, { fsdp_config: { fsdp_min_num_params: '10' } })[0]?.fix?.patch).toEqual({
      fsdp_config: { fsdp_min_num_params: 10 },
    });
  });
  it('accepts numbers, a missing key and JSON text the library converts', () => {
    expect(findingsOf(fsdpMinNumParamsType, { fsdp_config: { min_num_params: 10 } })).toEqual([]);
    expect(findingsOf(fsdpMinNumParamsType, { fsdp_config: {} })).toEqual([]);
    expect(findingsOf(fsdpMinNumParamsType, { fsdp_config: '{"min_num_params": "1000"}' }, { target: '4.56' })).toEqual([]);
  });
});
