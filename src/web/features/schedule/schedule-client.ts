import type { PyValue } from '@/core/py/py-value';
import type { RunContext } from '@/core/schedule/run-context';
import type { ScheduleRequest, ScheduleResponse } from './schedule-messages';
import type { Outcome, ScheduleSnapshot } from './schedule-snapshot';
import { computeSnapshot, unpackOutcome } from './schedule-snapshot';

/** The part of a `Worker` the client uses; tests pass a fake. */
export interface WorkerPort {
  post(request: ScheduleRequest): void;
  listen(onMessage: (response: ScheduleResponse) => void, onError: () => void): void;
  terminate(): void;
}

export type Deliver = (result: Outcome<ScheduleSnapshot>) => void;
type Args = Readonly<Record<string, PyValue>>;

export interface ScheduleClientOptions {
  /** Starts a worker; `null` works on the calling thread (no Worker support, tests). */
  readonly spawn: (() => WorkerPort) | null;
  /** A newer request restarts a worker that has been busy this long with an older one. */
  readonly restartAfterMs?: number;
  /** A request unanswered this long is given up (a pathological config, e.g. 10⁹ epochs). */
  readonly timeoutMs?: number;
  readonly now?: () => number;
}

interface Job {
  readonly id: number;
  readonly args: Args;
  readonly run: RunContext;
  readonly deliver: Deliver;
}

interface Running extends Job {
  readonly startedAt: number;
  readonly timer: ReturnType<typeof setTimeout>;
}

function computeHere(args: Args, run: RunContext): Outcome<ScheduleSnapshot> {
  try {
    return computeSnapshot(args, run);
  } catch (error) {
    const message = `Internal error while working out the schedule: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, error: { code: 'web-internal', message, fields: [] } };
  }
}

/**
 * Works out schedules off the main thread, one at a time. Only the newest request is answered:
 * requests made while the worker is busy replace each other, and a worker stuck on a stale one is
 * restarted. Falls back to the calling thread when a worker cannot start.
 */
export class ScheduleClient {
  readonly #spawn: (() => WorkerPort) | null;
  readonly #restartAfterMs: number;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  #worker: WorkerPort | null = null;
  #running: Running | null = null;
  #queued: Job | null = null;
  #lastId = 0;
  #answered = false;
  #local: boolean;

  constructor(options: ScheduleClientOptions) {
    this.#spawn = options.spawn;
    this.#local = options.spawn === null;
    this.#restartAfterMs = options.restartAfterMs ?? 250;
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Asks for the schedule of `args` in `run`; `deliver` is called once, unless a newer request supersedes this one. */
  request(args: Args, run: RunContext, deliver: Deliver): void {
    const job: Job = { id: ++this.#lastId, args, run, deliver };
    if (this.#local) {
      deliver(computeHere(args, run));
      return;
    }
    if (this.#running === null) {
      this.#send(job);
      return;
    }
    this.#queued = job;
    if (this.#now() - this.#running.startedAt > this.#restartAfterMs) this.#restart();
  }

  /** Stops the worker and forgets every request; a later request starts a new worker. */
  dispose(): void {
    if (this.#running) clearTimeout(this.#running.timer);
    this.#running = null;
    this.#queued = null;
    this.#worker?.terminate();
    this.#worker = null;
  }

  #send(job: Job): void {
    let worker = this.#worker;
    if (worker === null) {
      try {
        worker = this.#startWorker();
      } catch {
        this.#goLocal(job);
        return;
      }
    }
    const timer = setTimeout(() => this.#fail('web-timeout', 'Working out the schedule took too long; the run is too large to draw.'), this.#timeoutMs);
    this.#running = { ...job, startedAt: this.#now(), timer };
    worker.post({ id: job.id, args: job.args, run: job.run });
  }

  #startWorker(): WorkerPort {
    const worker = this.#spawn!();
    worker.listen(
      (response) => this.#receive(worker, response),
      () => this.#crashed(worker),
    );
    this.#worker = worker;
    return worker;
  }

  #receive(worker: WorkerPort, response: ScheduleResponse): void {
    const running = this.#running;
    if (worker !== this.#worker || running === null || response.id !== running.id) return;
    clearTimeout(running.timer);
    this.#running = null;
    this.#answered = true;
    if (!this.#next()) running.deliver(unpackOutcome(response.result));
  }

  #crashed(worker: WorkerPort): void {
    if (worker !== this.#worker) return;
    // A worker that never answered probably cannot load at all: work on this thread from now on.
    if (!this.#answered) {
      const job = this.#queued ?? this.#running;
      if (this.#running) clearTimeout(this.#running.timer);
      this.#running = null;
      this.#queued = null;
      this.#worker?.terminate();
      this.#worker = null;
      if (job) this.#goLocal(job);
      else this.#local = true;
      return;
    }
    this.#fail('web-internal', 'The schedule worker stopped unexpectedly.');
  }

  #fail(code: string, message: string): void {
    const running = this.#running;
    this.#worker?.terminate();
    this.#worker = null;
    if (running === null) return;
    clearTimeout(running.timer);
    this.#running = null;
    if (!this.#next()) running.deliver({ ok: false, error: { code, message, fields: [] } });
  }

  #restart(): void {
    const running = this.#running;
    if (running) clearTimeout(running.timer);
    this.#running = null;
    this.#worker?.terminate();
    this.#worker = null;
    this.#next();
  }

  /** Sends the queued request, if any; true when there was one. */
  #next(): boolean {
    const queued = this.#queued;
    if (queued === null) return false;
    this.#queued = null;
    this.#send(queued);
    return true;
  }

  #goLocal(job: Job): void {
    this.#local = true;
    job.deliver(computeHere(job.args, job.run));
  }
}
