import type { CliIo } from './io';

/** What a command run in a test printed, and its exit status. */
export interface FakeRun {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Runs a command against in-memory files (for tests): unknown paths fail to read as a missing file would.
 * @example runWithFiles(runSchedule, ['args.json', '--json'], { 'args.json': '{}' }).status // 0
 */
export function runWithFiles(command: (args: string[], io: CliIo) => number, args: string[], files: Record<string, string>): FakeRun {
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file ${path}`);
      return text;
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
  };
  return { status: command(args, io), out, err };
}
