import { describe, expect, it } from 'vitest';
import { DEBUG_OPTIONS, FSDP_OPTIONS } from '../registry/enums';
import { enumErrorText, unknownEnumWords } from './enum-words';
import { renderFinding } from './test-context';

const FSDP = { rule: 'schema-fsdp-option', field: 'fsdp', enumName: 'FSDPOption', values: FSDP_OPTIONS } as const;

describe(enumErrorText.name, () => {
  it('quotes the values as Python lists them', () => {
    expect(enumErrorText('x', 'DebugOption', DEBUG_OPTIONS)).toBe(
      "x is not a valid DebugOption, please select one of ['underflow_overflow', 'tpu_metrics_debug']",
    );
  });
});

describe(unknownEnumWords.name, () => {
  it('reports each unknown word and fixes only that whole word', () => {
    const findings = unknownEnumWords(' full_shard  ofload ', FSDP).map(renderFinding);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain('"ofload" is not an FSDP option; did you mean "offload"?');
    expect(findings[0]?.fix?.patch).toEqual({ fsdp: 'full_shard offload' });
  });
  it('offers no fix without a close match, and nothing for known words', () => {
    expect(unknownEnumWords('zzzzzzzz', FSDP)[0]?.fix).toBeUndefined();
    expect(unknownEnumWords('full_shard auto_wrap', FSDP)).toEqual([]);
  });
});
