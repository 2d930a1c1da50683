import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { emitEntries } from '../src/core/emit/emit-entries';
import { emitJson } from '../src/core/emit/json';
import { emitPython } from '../src/core/emit/python';
import { nastyString, randomFloat, randomKwargs, seededRandom } from '../src/core/emit/random-kwargs';
import { quoteShellWord } from '../src/core/emit/shell-quote';
import { emitYaml } from '../src/core/emit/yaml';
import { formatPythonFloat } from '../src/core/py/py-literal';
import type { Kwargs, PyValue } from '../src/core/py/py-value';
import { isDict } from '../src/core/py/py-value';

// Checks emitted text with the real Python: ast, literal_eval, json, PyYAML and shlex.

function hasPython(): boolean {
  return spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
}

function hasPyYaml(): boolean {
  return spawnSync('python3', ['-c', 'import yaml'], { encoding: 'utf8' }).status === 0;
}

const PYTHON_FOUND = hasPython();
const PYYAML_FOUND = PYTHON_FOUND && hasPyYaml();
// The suite and test titles say why a check was skipped.
const SUITE = PYTHON_FOUND ? 'emitted code checked by python3' : 'emitted code checked by python3 (skipped: python3 not found)';
const PYYAML_NOTE = PYYAML_FOUND ? '' : ' (skipped: PyYAML not installed)';

/** A value with its Python type spelled out, so the Python side can compare types too. */
type Tagged =
  | { t: 'n' }
  | { t: 'b'; v: boolean }
  | { t: 'i'; v: string }
  | { t: 'f'; v: string }
  | { t: 's'; v: string }
  | { t: 'l'; v: Tagged[] }
  | { t: 'd'; v: [string, Tagged][] };

function tag(value: PyValue, path: string, asFloat: boolean, floatWritten: ReadonlySet<string>): Tagged {
  if (value === null) return { t: 'n' };
  if (typeof value === 'boolean') return { t: 'b', v: value };
  if (typeof value === 'number') {
    const float = asFloat || floatWritten.has(path) || !Number.isInteger(value);
    // String(x) round-trips in both languages; only -0 needs help.
    if (float) return { t: 'f', v: Object.is(value, -0) ? '-0.0' : String(value) };
    return { t: 'i', v: BigInt(value).toString() };
  }
  if (typeof value === 'string') return { t: 's', v: value };
  if (Array.isArray(value)) return { t: 'l', v: value.map((item, i) => tag(item, `${path}[${i}]`, false, floatWritten)) };
  if (isDict(value)) return { t: 'd', v: Object.entries(value).map(([k, item]) => [k, tag(item, `${path}.${k}`, false, floatWritten)]) };
  return { t: 'n' };
}

function expectedKwargs(input: Kwargs, all: boolean): [string, Tagged][] {
  return emitEntries(input, { all }).map((entry) => [entry.field.name, tag(entry.value, entry.field.name, entry.asFloat, input.floatWritten)]);
}

const PYTHON_CHECKS = String.raw`
import ast, json, math, shlex, sys

def decode(x):
    t = x['t']
    if t == 'n': return None
    if t == 'b': return x['v']
    if t == 'i': return int(x['v'])
    if t == 'f': return float(x['v'])
    if t == 's': return x['v']
    if t == 'l': return [decode(i) for i in x['v']]
    return {k: decode(v) for k, v in x['v']}

def same(a, b):
    if type(a) is not type(b): return False
    if isinstance(a, float):
        return (a != a and b != b) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, list): return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict): return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    return a == b

def check_python(case):
    tree = ast.parse(case['source'])
    compile(case['source'], '<emitted>', 'exec')
    imports = [n for n in tree.body if isinstance(n, ast.ImportFrom)]
    if not imports or imports[0].module != 'transformers' or imports[0].names[0].name != 'TrainingArguments':
        return 'missing import'
    calls = [n.value for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)]
    if len(calls) != 1 or calls[0].func.id != 'TrainingArguments' or calls[0].args:
        return 'not a single TrainingArguments(...) call'
    names = [kw.arg for kw in calls[0].keywords]
    if names != [k for k, _ in case['expected']]:
        return 'keyword names differ: %r' % names
    for kw, (name, want) in zip(calls[0].keywords, case['expected']):
        got = ast.literal_eval(kw.value)
        if not same(got, decode(want)):
            return '%s: got %r, wanted %r' % (name, got, decode(want))
    return None

def check_data(case, load):
    got = load(case['source'])
    want = {k: decode(v) for k, v in case['expected']}
    if not same(got, want):
        bad = [k for k in want if k not in got or not same(got[k], want[k])]
        return 'differs at %r: %r' % (bad, {k: got.get(k) for k in bad})
    return None

def run(job):
    kind = job['kind']
    if kind == 'python':
        return [check_python(c) for c in job['cases']]
    if kind == 'json':
        return [check_data(c, json.loads) for c in job['cases']]
    if kind == 'yaml':
        import yaml
        return [check_data(c, yaml.safe_load) for c in job['cases']]
    if kind == 'repr':
        return [None if repr(float(c['js'])) == c['ours'] else '%s: python %s, ours %s' % (c['js'], repr(float(c['js'])), c['ours']) for c in job['cases']]
    if kind == 'shlex':
        return [None if shlex.split(c['quoted']) == [c['word']] else 'shlex read %r' % shlex.split(c['quoted']) for c in job['cases']]

job = json.loads(sys.stdin.buffer.read().decode('utf-8', 'surrogatepass'))
results = []
for case, problem in zip(job['cases'], run(job)):
    if problem is not None:
        results.append({'source': case.get('source', case.get('js', case.get('word'))), 'problem': problem})
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

function randomStates(seed: number, count: number): { input: Kwargs; all: boolean }[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({ input: randomKwargs(random, { wrongTypes: true, share: 0.3 }), all: i % 8 === 0 }));
}

describe(SUITE, () => {
  it.skipIf(!PYTHON_FOUND)('parses every emitted script and literal_eval gives back each intended value with its type', () => {
    const cases = randomStates(1234, 400).map(({ input, all }) => ({ source: emitPython(input, { all }), expected: expectedKwargs(input, all) }));
    expect(cases.filter((c) => c.expected.length > 5).length).toBeGreaterThan(300);
    expect(runPython('python', cases)).toEqual([]);
  }, 60_000);

  it.skipIf(!PYTHON_FOUND)("prints floats exactly as Python's repr does", () => {
    const random = seededRandom(99);
    const values = [...Array.from({ length: 3000 }, () => randomFloat(random)), 5e-324, 1.7976931348623157e308, 1e16, 1e-5, 0.1 + 0.2];
    const cases = values.map((value) => ({ js: Object.is(value, -0) ? '-0.0' : String(value), ours: formatPythonFloat(value) }));
    expect(runPython('repr', cases)).toEqual([]);
  }, 60_000);

  it.skipIf(!PYTHON_FOUND)("gives Python's json the intended values and types", () => {
    const cases = randomStates(555, 200).map(({ input, all }) => ({ source: emitJson(input, { all }), expected: expectedKwargs(input, all) }));
    expect(runPython('json', cases)).toEqual([]);
  }, 60_000);

  it.skipIf(!PYYAML_FOUND)(`gives PyYAML safe_load the intended values and types${PYYAML_NOTE}`, () => {
    const cases = randomStates(808, 200).map(({ input, all }) => ({ source: emitYaml(input, { all }), expected: expectedKwargs(input, all) }));
    expect(runPython('yaml', cases)).toEqual([]);
  }, 60_000);

  it.skipIf(!PYTHON_FOUND)('quotes shell words so that shlex reads each back whole', () => {
    const random = seededRandom(3);
    const cases = Array.from({ length: 500 }, () => nastyString(random)).map((word) => ({ word, quoted: quoteShellWord(word) }));
    expect(runPython('shlex', cases)).toEqual([]);
  }, 60_000);
});
