import { describe, expect, it } from 'vitest';
import { normalizeFsdp, normalizeFsdpConfig, splitWords } from './normalize-fsdp';

describe(normalizeFsdp.name, () => {
  it('maps falsy values to [], True to full_shard, and splits strings', () => {
    expect([false, null, '', []].map((v) => normalizeFsdp(v))).toEqual([[], [], [], []]);
    expect(normalizeFsdp(true)).toEqual(['full_shard']);
    expect(normalizeFsdp(' full_shard  auto_wrap ')).toEqual(['full_shard', 'auto_wrap']);
    expect(normalizeFsdp(['offload'])).toEqual(['offload']);
  });
});

describe(normalizeFsdpConfig.name, () => {
  it('keeps a None min_num_params that was given, like dict.get', () => {
    expect(normalizeFsdpConfig({ min_num_params: null })).toMatchObject({ min_num_params: null });
  });
  it('leaves a path untouched', () => {
    expect(normalizeFsdpConfig('fsdp.json')).toBe('fsdp.json');
  });
});

describe(splitWords.name, () => {
  it('splits on any whitespace like str.split()', () => {
    expect(splitWords('a\tb\n c')).toEqual(['a', 'b', 'c']);
  });
});
