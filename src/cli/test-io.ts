import type { CliIo } from './io';

/**
 * A CliIo over in-memory files that records what the command prints, for the command tests.
 * @example const io = fakeIo({ 'a.json': '{}' }); runCheck(['a.json'], io); io.out
 */
export function fakeIo(files: Record<string, string>): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readText: (path: string) => {
      const text = files[path];
      if (text === undefined) throw new Error('ENOENT: no such file');
      return text;
    },
    stdout: (s: string) => void (io.out += s),
    stderr: (s: string) => void (io.err += s),
  };
  return io;
}
