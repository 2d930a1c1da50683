import { describe, expect, it } from 'vitest';
import { fsdpOption } from './fsdp-option';
import { findingsOf } from '../test-context';

describe(fsdpOption.id, () => {
  it('rejects unknown words of an fsdp string with the library wording', () => {
    const findings = findingsOf(fsdpOption, { fsdp: 'shard_grad_op offload_params' });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('offload_params is not a valid FSDPOption');
  });
  it('leaves valid strings, booleans and lists alone', () => {
    expect(findingsOf(fsdpOption, { fsdp: 'full_shard auto_wrap' })).toEqual([]);
    expect(findingsOf(fsdpOption, { fsdp: true })).toEqual([]);
    expect(findingsOf(fsdpOption, { fsdp: ['zero3'] })).toEqual([]);
  });
});
