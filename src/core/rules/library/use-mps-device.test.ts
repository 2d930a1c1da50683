import { describe, expect, it } from 'vitest';
import { findingsOf } from '../test-context';
import { useMpsDevice } from './use-mps-device';

describe(useMpsDevice.id, () => {
  it('rejects use_mps_device on a machine without MPS, or with use_cpu', () => {
    expect(findingsOf(useMpsDevice, { use_mps_device: true }, { target: '4.56' })[0]?.message).toContain('MPS-enabled device');
    expect(findingsOf(useMpsDevice, { use_mps_device: true, use_cpu: true }, { target: '4.56', hardware: 'mps' })).toHaveLength(1);
  });
  it('accepts it on Apple silicon, and False anywhere', () => {
    expect(findingsOf(useMpsDevice, { use_mps_device: true }, { target: '4.56', hardware: 'mps' })).toEqual([]);
    expect(findingsOf(useMpsDevice, { use_mps_device: false }, { target: '4.56' })).toEqual([]);
  });
});
