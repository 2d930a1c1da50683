import { describe, expect, it } from 'vitest';
import { fsdpDeprecatedForm } from './fsdp-deprecated-form';
import { findingsOf } from '../test-context';

const T = { target: '5.15-5.18' } as const;

describe(fsdpDeprecatedForm.id, () => {
  it('warns about the string and list forms, with a fix that moves to fsdp=True', () => {
    const [finding] = findingsOf(fsdpDeprecatedForm, { fsdp: 'full_shard offload' }, T);
    expect(finding?.message).toContain('Passing `fsdp` as a string is deprecated');
    expect(finding?.fix?.patch.fsdp).toBe(true);
    expect(finding?.fix?.patch.fsdp_config).toMatchObject({ reshard_after_forward: true, cpu_offload: true });
    expect(findingsOf(fsdpDeprecatedForm, { fsdp: ['full_shard'] }, T)[0]?.message).toContain('as a list');
  });

  it('warns about FSDP1, and stays silent for fsdp=True with FSDP2 or FSDP off', () => {
    const findings = findingsOf(fsdpDeprecatedForm, { fsdp: true, fsdp_config: { version: 1 } }, T);
    expect(findings.map((f) => f.message).join()).toContain('FSDP1 (`fsdp_config');
    expect(findingsOf(fsdpDeprecatedForm, { fsdp: true }, T)).toEqual([]);
    expect(findingsOf(fsdpDeprecatedForm, { fsdp: '', fsdp_config: { version: 1 } }, T)).toEqual([]);
  });
});
