import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nastyString, randomFloat, seededRandom } from '../src/core/emit/random-kwargs';
import { quoteShellWord } from '../src/core/emit/shell-quote';
import { formatPythonFloat } from '../src/core/py/py-literal';
import { PYTHON_FOUND } from './fuzz/python-oracle';

// Checks two building blocks with the real Python: float repr and shell quoting. Whole emitted scripts,
// JSON and YAML are checked by python3 and PyYAML in the property tests (test/fuzz).
const SUITE = PYTHON_FOUND ? 'building blocks checked by python3' : 'building blocks checked by python3 (skipped: python3 not found)';

const PYTHON_CHECKS = String.raw`
import json, shlex, sys

def run(job):
    kind = job['kind']
    if kind == 'repr':
        return [None if repr(float(c['js'])) == c['ours'] else '%s: python %s, ours %s' % (c['js'], repr(float(c['js'])), c['ours']) for c in job['cases']]
    if kind == 'shlex':
        return [None if shlex.split(c['quoted']) == [c['word']] else 'shlex read %r' % shlex.split(c['quoted']) for c in job['cases']]

job = json.loads(sys.stdin.buffer.read().decode('utf-8', 'surrogatepass'))
results = []
for case, problem in zip(job['cases'], run(job)):
    if problem is not None:
        results.append({'source': case.get('js', case.get('word')), 'problem': problem})
sys.stdout.write(json.dumps(results))
`;

interface Failure {
  source: string;
  problem: string;
}

/** Runs one batch of checks in a single python3 process and returns the cases that failed. */
function runPython(kind: string, cases: unknown[]): Failure[] {
  // JSON.stringify escapes lone surrogates, so the payload is plain ASCII-safe JSON.
  const result = spawnSync('python3', ['-c', PYTHON_CHECKS], { input: JSON.stringify({ kind, cases }), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`python3 failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Failure[];
}

describe(SUITE, () => {
  it.skipIf(!PYTHON_FOUND)(
    "prints floats exactly as Python's repr does",
    () => {
      const random = seededRandom(99);
      const values = [...Array.from({ length: 3000 }, () => randomFloat(random)), 5e-324, 1.7976931348623157e308, 1e16, 1e-5, 0.1 + 0.2];
      const cases = values.map((value) => ({ js: Object.is(value, -0) ? '-0.0' : String(value), ours: formatPythonFloat(value) }));
      expect(runPython('repr', cases)).toEqual([]);
    },
    60_000,
  );

  it.skipIf(!PYTHON_FOUND)(
    'quotes shell words so that shlex reads each back whole',
    () => {
      const random = seededRandom(3);
      const cases = Array.from({ length: 500 }, () => nastyString(random)).map((word) => ({ word, quoted: quoteShellWord(word) }));
      expect(runPython('shlex', cases)).toEqual([]);
    },
    60_000,
  );
});
