import { describe, expect, it } from 'vitest';
import { ALL_FIELDS } from '../registry/registry';
import type { SharedState } from './share-state';
import { EMPTY_SHARED_STATE, readSharedState, SHARE_FORMAT_VERSION, writeSharedState } from './share-state';

const STATE: SharedState = {
  release: '5.18',
  target: '5.15-5.18',
  configClass: 'SFTConfig',
  values: { learning_rate: '3e-5', bf16: true, report_to: ['wandb', 'tensorboard'], max_steps: null, lr_scheduler_type: 'cosine' },
  hardware: 'cpu',
  run: { examples: null, devicesPerNode: 8, nodes: 2 },
};

describe('writeSharedState', () => {
  it('writes a versioned object that reads back to the same state', () => {
    const json = JSON.parse(JSON.stringify(writeSharedState(STATE)));
    expect(json.v).toBe(SHARE_FORMAT_VERSION);
    expect(readSharedState(json)).toEqual({ ok: true, state: STATE, dropped: [], upgraded: false });
  });

  it('leaves unset values out', () => {
    const json = writeSharedState({ ...EMPTY_SHARED_STATE, values: { seed: undefined as unknown as string, learning_rate: '1' } });
    expect(json.values).toEqual({ learning_rate: '1' });
  });

  it('round-trips a value of every field shape the form holds', () => {
    const values = Object.fromEntries(
      ALL_FIELDS.filter((f) => f.kind !== 'object' && f.name !== 'hub_token').map((f) => [f.name, f.kind === 'bool' ? true : f.kind === 'list' ? ['a'] : 'x']),
    );
    const read = readSharedState(writeSharedState({ ...EMPTY_SHARED_STATE, values }));
    expect(read.ok && read.state.values).toEqual(values);
  });
});

describe('secrets in the shared state', () => {
  it('never writes a token, and drops one found in a stored state', () => {
    const token = 'hf_' + 'a1'.repeat(17);
    const written = JSON.stringify(writeSharedState({ ...EMPTY_SHARED_STATE, values: { hub_token: token, seed: '1' } }));
    expect(written).not.toContain(token);
    expect(written).not.toContain('hub_token');
    const read = readSharedState({ v: 1, values: { hub_token: token, seed: '1' } });
    expect(read.ok && read.state.values).toEqual({ seed: '1' });
    expect(read.ok && read.dropped).toEqual([{ path: 'values.hub_token', reason: 'secret' }]);
  });
});

describe('readSharedState', () => {
  it('keeps what it can and lists what it dropped', () => {
    const read = readSharedState({
      v: 1,
      values: { learning_rate: '3e-5', lerning_rate: '1', bf16: 'yes', report_to: [1], parallelism_config: 'x' },
      hardware: 'tpu',
      run: { examples: -5, devicesPerNode: 4, nodes: 'two' },
      theme: 'dark',
    });
    expect(read).toEqual({
      ok: true,
      state: { ...EMPTY_SHARED_STATE, values: { learning_rate: '3e-5' }, hardware: 'cuda-ampere', run: { examples: 10_000, devicesPerNode: 4, nodes: 1 } },
      dropped: [
        { path: 'hardware', reason: 'unknown-hardware' },
        { path: 'run.examples', reason: 'bad-run-context' },
        { path: 'run.nodes', reason: 'bad-run-context' },
        { path: 'theme', reason: 'unknown-key' },
        { path: 'values.bf16', reason: 'bad-value' },
        { path: 'values.lerning_rate', reason: 'unknown-field' },
        { path: 'values.parallelism_config', reason: 'bad-value' },
        { path: 'values.report_to', reason: 'bad-value' },
      ],
      upgraded: false,
    });
  });

  it('fills missing parts from the empty state without complaint', () => {
    expect(readSharedState({ v: 1 })).toEqual({ ok: true, state: EMPTY_SHARED_STATE, dropped: [], upgraded: false });
  });

  it('reports malformed parts as a whole', () => {
    const read = readSharedState({ v: 1, values: [], run: 3 });
    expect(read.ok && read.dropped).toEqual([
      { path: 'run', reason: 'bad-run-context' },
      { path: 'values', reason: 'bad-value' },
    ]);
  });

  it('refuses what is not a state object or comes from an unknown version', () => {
    expect(readSharedState('x')).toEqual({ ok: false, reason: 'not-an-object' });
    expect(readSharedState(null)).toEqual({ ok: false, reason: 'not-an-object' });
    expect(readSharedState([1])).toEqual({ ok: false, reason: 'not-an-object' });
    expect(readSharedState({ v: 2, values: {} })).toEqual({ ok: false, reason: 'unsupported-version' });
    expect(readSharedState({ values: {} })).toEqual({ ok: false, reason: 'unsupported-version' });
  });

  it('does not let a stored key shadow object internals', () => {
    const read = readSharedState(JSON.parse('{"v":1,"values":{"__proto__":"x","toString":"y"}}'));
    expect(read.ok && read.state.values).toEqual({});
    expect(read.ok && read.dropped.map((d) => d.reason)).toEqual(['unknown-field', 'unknown-field']);
  });
});

describe('release and config class in the stored state', () => {
  it('round-trips them, and derives the target from the release', () => {
    const read = readSharedState(JSON.parse(JSON.stringify(writeSharedState(STATE))));
    expect(read).toMatchObject({ ok: true, state: { release: '5.18', target: '5.15-5.18', configClass: 'SFTConfig' } });
  });

  it('opens links made before them on the defaults', () => {
    const read = readSharedState({ v: 1, values: { learning_rate: '1e-4' }, hardware: 'cpu' });
    expect(read).toMatchObject({
      ok: true,
      dropped: [],
      state: { release: EMPTY_SHARED_STATE.release, configClass: 'TrainingArguments', values: { learning_rate: '1e-4' } },
    });
  });

  it('upgrades the older shape that stored a target instead of the release, onto that target', () => {
    const band = readSharedState({ v: 1, target: '5.2-5.5', configClass: 'TrainingArguments', values: { warmup_ratio: '0.1' } });
    expect(band).toEqual({
      ok: true,
      upgraded: true,
      dropped: [],
      state: { ...EMPTY_SHARED_STATE, release: '5.5', target: '5.2-5.5', values: { warmup_ratio: '0.1' } },
    });
    expect(readSharedState({ v: 1, target: 'v4' })).toMatchObject({ ok: true, upgraded: true, state: { release: '4.56', target: '4.56' } });
    expect(readSharedState({ v: 1, target: '5.10' })).toMatchObject({ ok: true, upgraded: true, state: { release: '5.10', target: '5.10' } });
    expect(readSharedState({ v: 1, target: '5.15-5.18', configClass: 'SFTConfig' })).toMatchObject({
      upgraded: true,
      state: { release: '5.18', configClass: 'SFTConfig' },
    });
  });

  it('does not upgrade today’s shape, nor a target it does not know (left out, as any unknown key)', () => {
    expect(readSharedState({ v: 1, release: '5.18', target: '5.2-5.5' })).toMatchObject({
      upgraded: false,
      dropped: [{ path: 'target', reason: 'unknown-key' }],
    });
    expect(readSharedState({ v: 1, target: '9.9' })).toMatchObject({
      upgraded: false,
      state: { release: EMPTY_SHARED_STATE.release },
      dropped: [{ path: 'target', reason: 'unknown-key' }],
    });
  });

  it('reads values with the class’s fields, and drops a class the release lacks', () => {
    expect(readSharedState({ v: 1, release: '5.18', configClass: 'GRPOConfig', values: { num_generations: '4' } })).toMatchObject({
      state: { values: { num_generations: '4' } },
    });
    const old = readSharedState({ v: 1, release: '4.56', configClass: 'GRPOConfig', values: { num_generations: '4' } });
    expect(old).toMatchObject({ state: { configClass: 'TrainingArguments', values: {} } });
    expect(old.ok && old.dropped.map((d) => d.path)).toEqual(['configClass', 'values.num_generations']);
  });
});
