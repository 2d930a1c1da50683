import { describe, expect, it } from 'vitest';
import { compareVersions, DEFAULT_TARGET, hasVersionRange, isTarget, perTarget, TARGET_LABELS, TARGETS } from './target';

describe('targets', () => {
  it('offers v5 (the default) and the 4.56 line, each with a label', () => {
    expect(TARGETS).toEqual(['v5', 'v4']);
    expect(DEFAULT_TARGET).toBe('v5');
    expect(TARGET_LABELS.v4).toContain('4.56');
    expect(isTarget('v4')).toBe(true);
    expect(isTarget('v3')).toBe(false);
  });
});

describe(compareVersions.name, () => {
  it('compares release numbers part by part, numerically', () => {
    expect(compareVersions('4.56', '5.0')).toBe(-1);
    expect(compareVersions('4.9', '4.56')).toBe(-1);
    expect(compareVersions('5.0', '5')).toBe(0);
    expect(compareVersions('4.57', '4.56')).toBe(1);
  });
});

describe(hasVersionRange.name, () => {
  it('keeps fields added after the target out, and fields removed up to the target', () => {
    expect(hasVersionRange('v4', {})).toBe(true);
    expect(hasVersionRange('v4', { since: '4.56' })).toBe(true);
    expect(hasVersionRange('v4', { since: '4.57' })).toBe(false);
    expect(hasVersionRange('v4', { until: '5.0' })).toBe(true);
    expect(hasVersionRange('v5', { until: '5.0' })).toBe(false);
    expect(hasVersionRange('v5', { since: '5.0' })).toBe(true);
  });
});

describe(perTarget.name, () => {
  it('builds each target’s value once', () => {
    let builds = 0;
    const value = perTarget((target) => {
      builds++;
      return { target };
    });
    expect(value('v4')).toBe(value('v4'));
    expect(value('v5').target).toBe('v5');
    expect(builds).toBe(2);
  });
});
