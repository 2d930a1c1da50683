import { describe, expect, it } from 'vitest';
import {
  bandOf,
  bandOfTarget,
  BANDS,
  compareVersions,
  describeRange,
  hasVersionRange,
  isTarget,
  mergeVersioned,
  perTarget,
  pickVersioned,
  RELEASES,
  releaseTarget,
  targetLabel,
  TARGETS,
  targetVersion,
} from './target';

describe('the target table', () => {
  it('has the four bands, newest first, each with a label naming its releases', () => {
    expect(BANDS.map((b) => b.id)).toEqual(['5.15-5.18', '5.2-5.5', '4.57', '4.56']);
    expect(targetLabel('5.15-5.18')).toContain('5.15–5.18');
    expect(targetLabel('5.10')).toContain('5.2–5.5');
    expect(isTarget('4.57')).toBe(true);
    expect(isTarget('5.9')).toBe(true);
    expect(isTarget('v4')).toBe(false);
    expect(TARGETS).toContain('5.0');
  });

  it('lists every release from 4.56 to 5.18 for a picker, each mapping to a band', () => {
    expect(RELEASES[0]).toBe('4.56');
    expect(RELEASES.at(-1)).toBe('5.18');
    expect(RELEASES).toHaveLength(21);
    expect(RELEASES.every((r) => bandOf(r) !== undefined)).toBe(true);
  });
});

describe(releaseTarget.name, () => {
  it('maps releases with exact code to their band, not approximate', () => {
    expect(releaseTarget('5.16')).toEqual({ release: '5.16', target: '5.15-5.18', band: '5.15-5.18', approximate: false });
    expect(releaseTarget('5.3.1')?.target).toBe('5.2-5.5');
    expect(releaseTarget('4.57.6')?.target).toBe('4.57');
    expect(releaseTarget('5.15-5.18')?.approximate).toBe(false);
  });

  it('keeps v5 and v4 meaning the code they always meant', () => {
    expect(releaseTarget('v5')).toMatchObject({ target: '5.2-5.5', approximate: false });
    expect(releaseTarget('v4')).toMatchObject({ target: '4.56', approximate: false });
  });

  it('maps releases without exact code to a gap target or the nearest band, approximate', () => {
    expect(releaseTarget('5.10')).toEqual({ release: '5.10', target: '5.10', band: '5.2-5.5', approximate: true });
    expect(releaseTarget('5.0')).toMatchObject({ target: '5.0', band: '5.2-5.5', approximate: true });
    expect(releaseTarget('4.40')).toMatchObject({ target: '4.56', approximate: true });
    expect(releaseTarget('3.5')).toMatchObject({ target: '4.56', approximate: true });
    expect(releaseTarget('5.19')).toMatchObject({ target: '5.15-5.18', approximate: true });
    expect(releaseTarget('6.0')).toMatchObject({ target: '5.15-5.18', approximate: true });
  });

  it('refuses text that is not a release, and 4.x minors that never shipped', () => {
    expect(releaseTarget('latest')).toBeUndefined();
    expect(releaseTarget('4.58')).toBeUndefined();
    expect(releaseTarget('')).toBeUndefined();
  });
});

describe(compareVersions.name, () => {
  it('compares release numbers part by part, numerically', () => {
    expect(compareVersions('4.56', '5.0')).toBe(-1);
    expect(compareVersions('4.9', '4.56')).toBe(-1);
    expect(compareVersions('5.0', '5')).toBe(0);
    expect(compareVersions('5.10', '5.9')).toBe(1);
  });
});

describe(hasVersionRange.name, () => {
  it('compares a band as its first release and a gap target as itself', () => {
    expect(targetVersion('5.15-5.18')).toBe('5.15');
    expect(bandOfTarget('5.12')).toBe('5.2-5.5');
    expect(hasVersionRange('4.56', { since: '4.57' })).toBe(false);
    expect(hasVersionRange('4.57', { until: '5.0' })).toBe(true);
    expect(hasVersionRange('5.2-5.5', { until: '5.15' })).toBe(true);
    expect(hasVersionRange('5.14', { until: '5.15' })).toBe(true);
    expect(hasVersionRange('5.15-5.18', { until: '5.15' })).toBe(false);
    expect(hasVersionRange('5.6', { since: '5.6' })).toBe(true);
    expect(hasVersionRange('5.2-5.5', { since: '5.6' })).toBe(false);
  });

  it('describes a range in words', () => {
    expect(describeRange({ until: '5.0' })).toBe('before 5.0');
    expect(describeRange({ since: '5.15' })).toBe('5.15 and later');
  });
});

describe('versioned tables', () => {
  it('picks the first entry that holds, and merges all that hold in order', () => {
    const texts = [{ until: '5.0', value: 'old' }, { value: 'new' }];
    expect(pickVersioned(texts, '4.57')).toBe('old');
    expect(pickVersioned(texts, '5.10')).toBe('new');
    const merged = mergeVersioned([{ values: { a: 1, b: 1 } }, { since: '5.15', values: { a: 2 } }], '5.15-5.18');
    expect(merged).toEqual({ a: 2, b: 1 });
  });
});

describe(perTarget.name, () => {
  it('builds each target’s value once', () => {
    let builds = 0;
    const value = perTarget((target) => {
      builds++;
      return { target };
    });
    expect(value('4.56')).toBe(value('4.56'));
    expect(value('5.2-5.5').target).toBe('5.2-5.5');
    expect(builds).toBe(2);
  });
});
