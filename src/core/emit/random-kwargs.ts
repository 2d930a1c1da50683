import type { Kwargs, PyDict, PyValue } from '../py/py-value';
import type { SectionedField } from '../registry/registry';
import { fieldsFor } from '../registry/registry';
import { secretEnvVar } from '../secrets/secret-fields';
import { DEFAULT_TARGET, type Target } from '../target/target';

/** A small seeded PRNG (mulberry32) so generated states are the same on every run. */
export type Random = () => number;

/**
 * A deterministic generator of numbers in [0, 1).
 * @example seededRandom(1)() // always the same number
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that break naive quoting in Python, JSON, YAML and shells.
const NASTY_PIECES = [
  "'",
  '"',
  '\\',
  '\n',
  '\r',
  '\t',
  '\x00',
  '\x1b',
  '\x7f',
  '\x85',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u200b',
  '한국어',
  '학습률',
  '😀',
  '👩‍💻',
  'e\u0301',
  '\ud800',
  '\udfff',
  '$HOME',
  '`id`',
  '--flag',
  '-x',
  ' ',
  '#',
  ':',
  '{',
  '}',
  '[',
  ']',
  ',',
  '*',
  '&',
  '!',
  '%',
  '@',
  'yes',
  'null',
  '~',
  '0x1F',
  '1e5',
  '\\n',
  "'''",
  '"""',
  'out/dir',
];

/**
 * A string built from awkward pieces (quotes, backslashes, control characters, Korean, emoji,
 * lone surrogates, shell and YAML syntax), or a plain word.
 * @example nastyString(seededRandom(7)) // e.g. "it's\\n한국어"
 */
export function nastyString(random: Random): string {
  if (random() < 0.3) return ['out', 'wandb', 'my-run_1', 'a b', ''][Math.floor(random() * 5)] ?? '';
  let out = '';
  const count = 1 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) out += pick(random, NASTY_PIECES);
  return out;
}

/**
 * A float spread over many magnitudes (tiny, huge, whole, negative, -0).
 * @example randomFloat(seededRandom(3)) // e.g. 3.2e-07
 */
export function randomFloat(random: Random): number {
  const r = random();
  if (r < 0.1) return Math.floor(random() * 1000);
  if (r < 0.15) return pick(random, [0, -0, 0.1, 1e-5, 5e-5, 1e16, 1e-4, 0.0001, 123456789012345680000]);
  const exponent = Math.floor(random() * 44) - 22;
  const sign = random() < 0.2 ? -1 : 1;
  const digits = random() < 0.5 ? Math.round(random() * 1000) / 100 : random() * 10;
  return sign * digits * 10 ** exponent;
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function randomDict(random: Random, path: string, marks: Set<string>, depth: number): PyDict {
  const out: PyDict = {};
  const count = Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    // Dots and brackets in keys would make `floatWritten` paths ambiguous.
    const key = random() < 0.5 ? pick(random, ['num_cycles', 'min_lr', 'zero_optimization', 'stage', 'x']) : nastyString(random).replace(/[.[]/g, '_');
    out[key] = randomNested(random, `${path}.${key}`, marks, depth + 1);
  }
  return out;
}

function randomNested(random: Random, path: string, marks: Set<string>, depth: number): PyValue {
  const r = random();
  if (r < 0.2) return nastyString(random);
  if (r < 0.4) {
    const value = randomFloat(random);
    if (Number.isInteger(value) && random() < 0.5) marks.add(path);
    return value;
  }
  if (r < 0.5) return Math.floor(random() * 2000) - 1000;
  if (r < 0.6) return random() < 0.5;
  if (r < 0.65) return null;
  if (r < 0.8 && depth < 3) return Array.from({ length: Math.floor(random() * 3) }, (_, i) => randomNested(random, `${path}[${i}]`, marks, depth + 1));
  if (depth < 3) return randomDict(random, path, marks, depth);
  return 'leaf';
}

function randomValue(field: SectionedField, random: Random, marks: Set<string>, wrongTypes: boolean): PyValue {
  if (field.nullable === true && random() < 0.08) return null;
  if (wrongTypes && random() < 0.05) return nastyString(random);
  switch (field.kind) {
    case 'int': {
      const value = random() < 0.9 ? Math.floor(random() * 5000) - 10 : Math.floor(random() * 2 ** 52);
      if (wrongTypes && random() < 0.1) marks.add(field.name);
      return value;
    }
    case 'float': {
      const value = randomFloat(random);
      if (Number.isInteger(value) && random() < 0.3) marks.add(field.name);
      return value;
    }
    case 'bool':
      return random() < 0.5;
    case 'enum':
      return field.choices && random() < 0.8 ? pick(random, field.choices) : nastyString(random);
    case 'string':
      return nastyString(random);
    case 'list': {
      const length = Math.floor(random() * 4);
      return Array.from({ length }, () => (field.choices && random() < 0.7 ? pick(random, field.choices) : nastyString(random)));
    }
    case 'dict':
      return random() < 0.8 ? randomDict(random, field.name, marks, 0) : nastyString(random);
    case 'object':
      return null;
  }
}

/**
 * A random form state: a random subset of the target's fields (v5 by default) with values of the field's kind
 * (nested dicts, nasty strings, floats of every magnitude), whole floats sometimes marked as
 * written with a dot. With `wrongTypes`, a few values get a type the field does not take. Tokens
 * (`hub_token`) are left out, since no format carries them; the secrets tests set them on purpose.
 * @example randomKwargs(seededRandom(1)).values // e.g. { seed: 1234, run_name: "a'b" }
 */
export function randomKwargs(random: Random, options: { wrongTypes?: boolean; share?: number; target?: Target } = {}): Kwargs {
  const values: Record<string, PyValue> = {};
  const marks = new Set<string>();
  const share = options.share ?? 0.2;
  for (const field of fieldsFor(options.target ?? DEFAULT_TARGET)) {
    if (field.kind === 'object' || secretEnvVar(field.name) !== undefined || random() >= share) continue;
    values[field.name] = randomValue(field, random, marks, options.wrongTypes === true);
  }
  return { values, floatWritten: marks };
}
