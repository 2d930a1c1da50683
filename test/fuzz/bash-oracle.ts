import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrderedOracle } from './line-oracle';

// Reads a byte count and that many bytes of shell text, lets bash split it as a command line would, and
// prints the word count and each word, NUL-terminated (no word can hold a NUL, so the framing is safe).
const LOOP = String.raw`
while IFS= read -r n; do
  IFS= read -r -N "$n" text
  if eval "set -- $text" 2>/dev/null; then
    printf '%d\0' "$#"
    [ "$#" -gt 0 ] && printf '%s\0' "$@"
  else
    printf 'E\0'
  fi
done
`;

/** What bash made of a text: its words, or null when it could not parse it. */
export type BashWords = readonly string[] | null;

/**
 * One bash process that splits shell text into words exactly as a command line is split (quotes,
 * escapes, `\` continuations, globbing in a directory holding a file, so an unquoted `*` shows).
 */
export class BashOracle {
  private readonly oracle: OrderedOracle<BashWords>;

  constructor() {
    const dir = mkdtempSync(join(tmpdir(), 'fuzz-bash-'));
    writeFileSync(join(dir, 'glob-bait'), '');
    this.oracle = new OrderedOracle<BashWords>(
      spawn('bash', ['--norc', '--noprofile', '-c', LOOP], { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', HOME: dir } }),
      (buffer) => {
        const first = buffer.indexOf(0);
        if (first < 0) return undefined;
        const head = buffer.subarray(0, first).toString('latin1');
        if (head === 'E') return { used: first + 1, answer: null };
        const count = Number(head);
        const words: string[] = [];
        let at = first + 1;
        for (let i = 0; i < count; i++) {
          const end = buffer.indexOf(0, at);
          if (end < 0) return undefined;
          words.push(buffer.subarray(at, end).toString('utf8'));
          at = end + 1;
        }
        return { used: at, answer: words };
      },
    );
  }

  /** The words bash reads from `text` (which must be valid UTF-8 text: no lone surrogates). */
  split(text: string): Promise<BashWords> {
    const bytes = Buffer.from(text, 'utf8');
    return this.oracle.ask(Buffer.concat([Buffer.from(`${bytes.length}\n`), bytes]));
  }

  close(): void {
    this.oracle.close();
  }
}
