import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_RUN_CONTEXT } from '@/core/schedule/run-context';
import type { WorkerPort } from './schedule-client';
import { ScheduleClient } from './schedule-client';
import type { ScheduleRequest, ScheduleResponse } from './schedule-messages';
import { computeSnapshot, packOutcome } from './schedule-snapshot';

class FakeWorker implements WorkerPort {
  readonly posted: ScheduleRequest[] = [];
  terminated = false;
  #onMessage: (response: ScheduleResponse) => void = () => undefined;
  #onError: () => void = () => undefined;
  post(request: ScheduleRequest): void {
    this.posted.push(request);
  }
  listen(onMessage: (response: ScheduleResponse) => void, onError: () => void): void {
    this.#onMessage = onMessage;
    this.#onError = onError;
  }
  terminate(): void {
    this.terminated = true;
  }
  /** Answers the last posted request as the real worker would. */
  answer(): void {
    const request = this.posted[this.posted.length - 1]!;
    this.#onMessage({ id: request.id, result: packOutcome(computeSnapshot(request.args, request.run), []) });
  }
  crash(): void {
    this.#onError();
  }
}

const run = DEFAULT_RUN_CONTEXT;
const steps = (n: number) => ({ max_steps: n });

describe('ScheduleClient', () => {
  let now = 0;
  let workers: FakeWorker[] = [];
  const client = (options: { restartAfterMs?: number; timeoutMs?: number } = {}) =>
    new ScheduleClient({
      spawn: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
      now: () => now,
      ...options,
    });
  const totalSteps = (deliver: ReturnType<typeof vi.fn>) => {
    const result = deliver.mock.calls[0]?.[0];
    return result?.ok ? result.value.plan.totalSteps : result;
  };

  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
    workers = [];
  });
  afterEach(() => vi.useRealTimers());

  it('answers a request from the worker', () => {
    const deliver = vi.fn();
    client().request(steps(100), run, deliver);
    workers[0]!.answer();
    expect(deliver).toHaveBeenCalledOnce();
    expect(totalSteps(deliver)).toBe(100);
  });

  it('answers only the newest of the requests made while the worker is busy', () => {
    const c = client();
    const [first, second, third] = [vi.fn(), vi.fn(), vi.fn()];
    c.request(steps(1), run, first);
    c.request(steps(2), run, second);
    c.request(steps(3), run, third);
    expect(workers[0]!.posted).toHaveLength(1);
    workers[0]!.answer();
    expect(first).not.toHaveBeenCalled();
    expect(workers[0]!.posted.map((r) => r.args)).toEqual([steps(1), steps(3)]);
    workers[0]!.answer();
    expect(second).not.toHaveBeenCalled();
    expect(totalSteps(third)).toBe(3);
  });

  it('restarts a worker stuck on a stale request', () => {
    const c = client({ restartAfterMs: 250 });
    c.request(steps(1), run, vi.fn());
    now = 300;
    const latest = vi.fn();
    c.request(steps(2), run, latest);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted.map((r) => r.args)).toEqual([steps(2)]);
    workers[1]!.answer();
    expect(totalSteps(latest)).toBe(2);
  });

  it('gives up on a request that takes too long, and starts afresh for the next', () => {
    const c = client({ timeoutMs: 1000 });
    const deliver = vi.fn();
    c.request(steps(1), run, deliver);
    vi.advanceTimersByTime(1001);
    expect(deliver.mock.calls[0]?.[0]).toMatchObject({ ok: false, error: { code: 'web-timeout' } });
    expect(workers[0]!.terminated).toBe(true);
    const next = vi.fn();
    c.request(steps(5), run, next);
    workers[1]!.answer();
    expect(totalSteps(next)).toBe(5);
  });

  it('works on the calling thread when the worker fails before its first answer', () => {
    const c = client();
    const deliver = vi.fn();
    c.request(steps(7), run, deliver);
    workers[0]!.crash();
    expect(totalSteps(deliver)).toBe(7);
    const later = vi.fn();
    c.request(steps(8), run, later);
    expect(totalSteps(later)).toBe(8);
    expect(workers).toHaveLength(1);
  });

  it('reports a crash after the worker has worked, and recovers', () => {
    const c = client();
    c.request(steps(1), run, vi.fn());
    workers[0]!.answer();
    const deliver = vi.fn();
    c.request(steps(2), run, deliver);
    workers[0]!.crash();
    expect(deliver.mock.calls[0]?.[0]).toMatchObject({ ok: false, error: { code: 'web-internal' } });
    const next = vi.fn();
    c.request(steps(3), run, next);
    workers[1]!.answer();
    expect(totalSteps(next)).toBe(3);
  });

  it('ignores answers after dispose, and revives on the next request', () => {
    const c = client();
    const deliver = vi.fn();
    c.request(steps(1), run, deliver);
    c.dispose();
    workers[0]!.answer();
    expect(deliver).not.toHaveBeenCalled();
    c.request(steps(2), run, deliver);
    workers[1]!.answer();
    expect(totalSteps(deliver)).toBe(2);
  });

  it('computes on the calling thread without a worker', () => {
    const deliver = vi.fn();
    new ScheduleClient({ spawn: null }).request(steps(42), run, deliver);
    expect(totalSteps(deliver)).toBe(42);
  });
});
