import { describe, expect, it } from 'vitest';
import { apexBackend } from './apex-backend';
import { findingsOf } from '../test-context';

const check = (values: Parameters<typeof findingsOf>[1]) => findingsOf(apexBackend, values, { target: '4.56' });

describe(apexBackend.id, () => {
  it('rejects the apex backend, which the supported profiles do not have', () => {
    const [finding] = check({ half_precision_backend: 'apex', fp16: true });
    expect(finding?.message).toContain('APEX is not installed');
    expect(finding?.fix?.patch).toEqual({ half_precision_backend: 'auto' });
  });
  it('reports bf16 with apex first, and follows fp16_backend into half_precision_backend', () => {
    const [finding] = check({ fp16_backend: 'apex', bf16: true });
    expect(finding?.fields).toEqual(['fp16_backend', 'bf16']);
    expect(finding?.message).toContain('GPU bf16 is not supported by apex');
    expect(finding?.fix?.patch).toEqual({ fp16_backend: 'auto' });
  });
  it('accepts the torch.amp backends, and says nothing for v5', () => {
    expect(check({ half_precision_backend: 'cpu_amp', fp16_backend: 'auto' })).toEqual([]);
    expect(findingsOf(apexBackend, { half_precision_backend: 'apex' })).toEqual([]);
  });
});
