import { readFileSync } from 'node:fs';

/** The CLI's contact with the outside world, injected so commands can be tested without a process. */
export interface CliIo {
  /** Reads a file, or standard input for `-`. Throws when it cannot be read. */
  readText(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const processIo: CliIo = {
  readText: (path) => readFileSync(path === '-' ? 0 : path, 'utf8'),
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};
