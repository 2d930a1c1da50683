import { describe, expect, it } from 'vitest';
import { ddpBackendWithoutLauncher } from './ddp-backend-without-launcher';
import { findingsOf } from '../test-context';

const ONE = { examples: 1000, devicesPerNode: 1, nodes: 1 };
const EIGHT = { examples: 1000, devicesPerNode: 8, nodes: 1 };

describe(ddpBackendWithoutLauncher.id, () => {
  it('rejects any backend in a single-process run on the bands whose install checks the process group', () => {
    for (const target of ['5.15-5.18', '4.57'] as const) {
      const [finding] = findingsOf(ddpBackendWithoutLauncher, { ddp_backend: 'gloo' }, { target });
      expect(finding?.message).toContain('Default process group has not been initialized');
      expect(finding?.fix?.patch).toEqual({ ddp_backend: undefined });
      expect(findingsOf(ddpBackendWithoutLauncher, { ddp_backend: 'nccl' }, { target, run: ONE })).toHaveLength(1);
    }
  });

  it('accepts a backend when the run has several processes (a launcher), and no backend at all', () => {
    expect(findingsOf(ddpBackendWithoutLauncher, { ddp_backend: 'nccl' }, { target: '5.15-5.18', run: EIGHT })).toEqual([]);
    expect(findingsOf(ddpBackendWithoutLauncher, { ddp_backend: null }, { target: '5.15-5.18' })).toEqual([]);
  });

  it('stays silent on the bands whose reference install did not have the check', () => {
    expect(findingsOf(ddpBackendWithoutLauncher, { ddp_backend: 'gloo' }, { target: '5.2-5.5' })).toEqual([]);
    expect(findingsOf(ddpBackendWithoutLauncher, { ddp_backend: 'gloo' }, { target: '4.56' })).toEqual([]);
  });
});
