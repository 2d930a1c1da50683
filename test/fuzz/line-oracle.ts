import type { ChildProcessWithoutNullStreams } from 'node:child_process';

/**
 * Requests to a long-lived child process, answered in order. One process serves a whole run, so a
 * thousand checks cost one interpreter start. `take` splits complete answers off the output
 * (returning how many bytes it used, or 0 for "not yet complete").
 */
export class OrderedOracle<T> {
  private pending: { resolve: (answer: T) => void; reject: (error: Error) => void }[] = [];
  private buffer = Buffer.alloc(0);
  private failure: Error | undefined;

  constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    private readonly take: (buffer: Buffer) => { used: number; answer: T } | undefined,
  ) {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4000)));
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const next = this.take(this.buffer);
        if (next === undefined) break;
        this.buffer = this.buffer.subarray(next.used);
        this.pending.shift()?.resolve(next.answer);
      }
    });
    child.on('exit', (code) => {
      this.failure = new Error(`the checking process ended (exit ${code}): ${stderr}`);
      for (const waiting of this.pending.splice(0)) waiting.reject(this.failure);
    });
  }

  ask(request: string | Buffer): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.child.stdin.write(request);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}
