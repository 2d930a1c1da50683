import { describe, expect, it } from 'vitest';
import { runWithFiles } from '../fake-io';
import { FULL_LR_LIMIT, runSchedule } from './schedule';

const run = (args: string[], files: Record<string, string>) => runWithFiles(runSchedule, args, files);

const ARGS = JSON.stringify({ per_device_train_batch_size: 8, gradient_accumulation_steps: 4, num_train_epochs: 3, warmup_steps: 0.1, logging_steps: 0.05 });

describe('runSchedule', () => {
  it('prints the schedule as JSON with one rate per update', () => {
    const { status, out } = run(['args.json', '--examples', '10000', '--devices', '4', '--json'], { 'args.json': ARGS });
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['total_steps', 'warmup_steps', 'updates_per_epoch', 'lr', 'log_steps', 'eval_steps', 'save_steps', 'kept_checkpoints']);
    expect(json).toMatchObject({ total_steps: 237, warmup_steps: 24, updates_per_epoch: 79, eval_steps: [], save_steps: [237], kept_checkpoints: [237] });
    expect(json.lr).toHaveLength(237);
    expect(json.lr[0]).toBe(0);
    expect(json.log_steps[0]).toBe(12);
  });

  it('multiplies devices by nodes and reads standard input for "-"', () => {
    const { status, out } = run(['-', '--examples', '10000', '--devices', '2', '--nodes', '2', '--json'], { '-': ARGS });
    expect(status).toBe(0);
    expect(JSON.parse(out).total_steps).toBe(237);
  });

  it('takes dataset_size and devices from the file unless options say otherwise', () => {
    const withFacts = JSON.stringify({ ...JSON.parse(ARGS), dataset_size: 10000, devices: 4 });
    expect(JSON.parse(run(['a.json', '--json'], { 'a.json': withFacts }).out).total_steps).toBe(237);
    expect(JSON.parse(run(['a.json', '--devices', '1', '--json'], { 'a.json': withFacts }).out).total_steps).toBe(3 * Math.ceil(1250 / 4));
    expect(run(['a.json'], { 'a.json': '{"devices": 0}' }).status).toBe(2);
  });

  it('samples the rates with --every, keeping the first and the last update', () => {
    const { out } = run(['args.json', '--examples', '10000', '--devices', '4', '--every', '100', '--json'], { 'args.json': ARGS });
    expect(Object.keys(JSON.parse(out).lr)).toEqual(['1', '101', '201', '237']);
  });

  it(`samples automatically above ${FULL_LR_LIMIT} updates and says so on stderr`, () => {
    const { status, out, err } = run(['a.json', '--json'], { 'a.json': '{"max_steps": 250000, "logging_strategy": "no", "save_strategy": "no"}' });
    expect(status).toBe(0);
    const lr = JSON.parse(out).lr;
    expect(Object.keys(lr).length).toBeLessThanOrEqual(FULL_LR_LIMIT + 1);
    expect(Object.keys(lr)).toContain('250000');
    expect(err).toContain('--every');
  });

  it('prints null rates for reduce_lr_on_plateau and null saves with save candidates for "best"', () => {
    const plateau = run(['a.json', '--json'], {
      'a.json': '{"max_steps": 20, "lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "steps", "eval_steps": 5}',
    });
    expect(JSON.parse(plateau.out).lr).toBeNull();
    const best = run(['a.json', '--json'], {
      'a.json': '{"max_steps": 20, "save_strategy": "best", "metric_for_best_model": "loss", "eval_strategy": "steps", "eval_steps": 5}',
    });
    expect(JSON.parse(best.out)).toMatchObject({ save_steps: null, save_candidates: [5, 10, 15, 20] });
  });

  it('prints a readable summary without --json', () => {
    const { status, out } = run(['args.json', '--examples', '10000', '--devices', '4'], { 'args.json': ARGS });
    expect(status).toBe(0);
    expect(out).toContain('= 128');
    expect(out).toContain('checkpoint-237');
  });

  it('exits 2 with line and column for invalid JSON, and for unreadable files', () => {
    const broken = run(['a.json'], { 'a.json': '{"max_steps": 20,\n  "x": }' });
    expect(broken.status).toBe(2);
    expect(broken.err).toContain('a.json:2:8');
    expect(run(['missing.json'], {}).status).toBe(2);
    expect(run(['a.json'], { 'a.json': '[1, 2]' }).status).toBe(2);
  });

  it('exits 2 for missing FILE or bad options', () => {
    expect(run([], {}).status).toBe(2);
    expect(run(['a.json', '--devices', '0'], { 'a.json': '{}' }).status).toBe(2);
    expect(run(['a.json', '--every', 'often'], { 'a.json': '{}' }).status).toBe(2);
  });

  it('exits 1 when the schedule cannot be worked out', () => {
    const iterable = run(['a.json', '--examples', 'none'], { 'a.json': '{}' });
    expect(iterable.status).toBe(1);
    expect(iterable.err).toContain('max_steps');
    expect(run(['a.json'], { 'a.json': '{"lr_scheduler_type": "warmup_stable_decay"}' }).status).toBe(1);
  });

  it('documents the sampling rule in --help', () => {
    const { status, out } = run(['--help'], {});
    expect(status).toBe(0);
    expect(out).toContain('--every');
    expect(out).toContain('100,000');
  });
});
