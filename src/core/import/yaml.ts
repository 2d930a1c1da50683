import { message } from '../i18n/messages/message';
import type { Document } from 'yaml';
import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { PyDict, PyValue } from '../py/py-value';
import type { ImportError, ImportNote, ImportResult } from './import-result';
import { positionOf } from './import-result';
import { MAX_IMPORT_NESTING, MAX_IMPORT_VALUES, refusedImport } from './input-limits';
import { constructTagged, looksNumericToYaml12, resolvePlainScalar } from '../py/pyyaml-scalars';
import { recipeReader } from './recipe-owners';
import { settleValues } from './settle-values';

class Unreadable extends Error {}

/**
 * Which loader reads the file: PyYAML's `safe_load` (what `HfArgumentParser.parse_yaml_file` uses), or
 * OmegaConf (what LLaMA-Factory uses), whose loader also reads `1e-4` as a float and leaves dates as text.
 * `auto` picks OmegaConf when the keys are a LLaMA-Factory recipe's.
 */
export interface YamlOptions {
  readonly loader?: 'pyyaml' | 'omegaconf' | 'auto';
}

const TAG_PREFIX = 'tag:yaml.org,2002:';
const MERGE_KEY = '<<';

/**
 * Reads a YAML mapping of keyword arguments the way `HfArgumentParser.parse_yaml_file` sees it
 * (PyYAML `safe_load`, YAML 1.1): `yes`/`on` are bools, `5e-05` without a dot stays a string, and
 * anchors, aliases and `<<` merges are followed. Values PyYAML would turn into dates or other
 * objects are dropped with a reason.
 * @example importYaml('learning_rate: 1.0e-4\nbf16: yes').kwargs.values // { learning_rate: 0.0001, bf16: true }
 */
export function importYaml(text: string, options: YamlOptions = {}): ImportResult {
  const refused = refusedImport(text);
  if (refused) return refused;
  const empty = { values: {}, floatWritten: new Set<string>() };
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: false, version: '1.1', keepSourceTokens: false });
  const errors: ImportError[] = doc.errors.map((error) => {
    const at = error.linePos?.[0];
    return at === undefined
      ? { message: firstLine(error.message), ...positionOf(text, error.pos[0]) }
      : { message: firstLine(error.message), line: at.line, column: at.col };
  });
  if (errors.length > 0) return { kwargs: empty, dropped: [], errors };
  const omega = options.loader === 'omegaconf' || (options.loader === 'auto' && isLlamaFactoryRecipe(doc));
  const reader = new NodeReader(doc, omega);
  const root = reader.resolveAlias(doc.contents);
  if (!isMap(root)) {
    const range = isScalar(root) || isSeq(root) ? root.range : undefined;
    const where = range ? positionOf(text, range[0]) : { line: 1, column: 1 };
    return { kwargs: empty, dropped: [], errors: [{ message: 'Expected a YAML mapping whose keys are argument names', ...where }] };
  }
  const values: Record<string, PyValue> = {};
  const dropped: { key: string; reason: string }[] = [];
  for (const [key, node] of reader.entries(root, true)) {
    if (typeof key !== 'string') {
      // The value's place, or the mapping's when the value is empty too.
      const offset = (isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined) ?? root.range?.[0] ?? 0;
      errors.push({ message: `The key ${String(key)} is not a name (PyYAML reads it as ${key === null ? 'null' : typeof key})`, ...positionOf(text, offset) });
      continue;
    }
    try {
      reader.clearFloats(key);
      values[key] = reader.value(node, key);
    } catch (error) {
      if (!(error instanceof Unreadable)) throw error;
      delete values[key];
      dropped.push({ key, reason: error.message });
    }
  }
  dropped.push(...settleValues(values));
  for (const { message, offset } of reader.keyProblems) errors.push({ message, ...positionOf(text, offset) });
  const noted = new Set<number | undefined>();
  const notes: ImportNote[] = [];
  for (const { text: scalar, offset, path } of reader.notes) {
    if (noted.has(offset)) continue;
    noted.add(offset);
    if (omega) {
      // Not a problem for LLaMA-Factory, but the same file given to an HfArgumentParser script reads differently.
      notes.push({
        key: path,
        text: message('import.yaml-omegaconf', { scalar, number: formatNumber(scalar), yaml11: yaml11Float(scalar) }),
      });
      continue;
    }
    errors.push({
      message: `PyYAML reads ${scalar} as a string because a YAML 1.1 float needs a dot; write ${yaml11Float(scalar)}`,
      ...positionOf(text, offset ?? 0),
    });
  }
  return { kwargs: { values, floatWritten: reader.floatWritten }, dropped, errors, notes, ...(omega ? { reader: 'llamafactory' as const } : {}) };
}

function formatNumber(text: string): string {
  return String(Number(text.replace(/_/g, '')));
}

/** LLaMA-Factory recipes name a training stage and a fine-tuning type, keys no HfArgumentParser script of transformers has. */
function isLlamaFactoryRecipe(doc: Document): boolean {
  const root = doc.contents;
  if (!isMap(root)) return false;
  const keys = root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  return recipeReader(keys) === 'llamafactory';
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function yaml11Float(text: string): string {
  const [mantissa = '', exponent] = text.split(/[eE]/);
  const dotted = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  if (exponent === undefined) return dotted;
  return `${dotted}e${/^[-+]/.test(exponent) ? exponent : `+${exponent}`}`;
}

class NodeReader {
  readonly floatWritten = new Set<string>();
  /** Plain scalars PyYAML reads as strings although they look like numbers. */
  readonly notes: { text: string; offset: number | undefined; path: string }[] = [];
  // Aliases can repeat a node many times over (or contain themselves), so what is read is bounded.
  /** Keys that could not be read, with where they stand. */
  readonly keyProblems: { message: string; offset: number }[] = [];
  private valuesRead = 0;
  private depth = 0;
  constructor(
    private readonly doc: Document,
    private readonly omega: boolean,
  ) {}

  resolveAlias(node: unknown): unknown {
    let current = node;
    for (let hops = 0; isAlias(current) && hops < 100; hops++) current = current.resolve(this.doc);
    return current;
  }

  clearFloats(key: string): void {
    for (const path of [...this.floatWritten]) {
      if (path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)) this.floatWritten.delete(path);
    }
  }

  /** Key/value pairs of a mapping with `<<` merges applied as PyYAML does: own keys win, then earlier sources. */
  entries(map: unknown, atRoot = false): [PyValue, unknown][] {
    if (!isMap(map)) return [];
    const own: [PyValue, unknown][] = [];
    const sources: unknown[] = [];
    for (const pair of map.items) {
      const keyNode = this.resolveAlias(pair.key);
      if (isScalar(keyNode) && keyNode.type === 'PLAIN' && keyNode.value === MERGE_KEY) {
        const source = this.resolveAlias(pair.value);
        sources.push(...(isSeq(source) ? source.items.map((item) => this.resolveAlias(item)) : [source]));
      } else {
        try {
          own.push([this.value(keyNode, ''), pair.value]);
        } catch (error) {
          // A top-level key PyYAML reads as a date, a mapping or a tagged object: that pair is left out and
          // said so (nested, the whole value is dropped by the caller).
          if (!(error instanceof Unreadable) || !atRoot) throw error;
          const range = isScalar(keyNode) || isMap(keyNode) || isSeq(keyNode) ? keyNode.range : undefined;
          this.keyProblems.push({ message: `A key was left out: ${error.message}`, offset: range?.[0] ?? map.range?.[0] ?? 0 });
        }
      }
    }
    // Later assignments win, so the first merge source is applied last and own keys after all.
    const result = new Map<PyValue, unknown>();
    for (const source of sources.reverse()) for (const [key, node] of this.entries(source)) result.set(key, node);
    for (const [key, node] of own) result.set(key, node);
    return [...result];
  }

  value(raw: unknown, path: string): PyValue {
    if (++this.valuesRead > MAX_IMPORT_VALUES) {
      throw new Unreadable(`its aliases expand to more than ${MAX_IMPORT_VALUES.toLocaleString('en-US')} values; write the values out`);
    }
    if (this.depth >= MAX_IMPORT_NESTING) throw new Unreadable(`it nests more than ${MAX_IMPORT_NESTING} levels deep (an alias inside itself?)`);
    this.depth++;
    try {
      return this.nodeValue(this.resolveAlias(raw), path);
    } finally {
      this.depth--;
    }
  }

  private nodeValue(node: unknown, path: string): PyValue {
    if (node === null || node === undefined) return null;
    if (isMap(node)) {
      const dict: PyDict = {};
      for (const [key, child] of this.entries(node)) {
        if (typeof key !== 'string') throw new Unreadable(`the nested key ${String(key)} is not a string`);
        dict[key] = this.value(child, path === '' ? key : `${path}.${key}`);
      }
      return dict;
    }
    if (isSeq(node)) return node.items.map((item, i) => this.value(item, `${path}[${i}]`));
    if (!isScalar(node)) throw new Unreadable('this YAML node cannot be read');
    return this.scalar(node, path);
  }

  private scalar(node: { value: unknown; type?: string; tag?: string; range?: [number, number, number] | null }, path: string): PyValue {
    const text = String(node.value ?? '');
    const tag = node.tag?.startsWith(TAG_PREFIX) ? node.tag.slice(TAG_PREFIX.length) : node.tag;
    if (tag === 'str') return text;
    if (tag === 'int' || tag === 'float' || tag === 'bool' || tag === 'null') {
      const value = constructTagged(tag, text);
      if (value === undefined) throw new Unreadable(`PyYAML cannot read ${JSON.stringify(text)} as !!${tag}`);
      if (tag === 'float' && typeof value === 'number' && Number.isInteger(value)) this.floatWritten.add(path);
      return value;
    }
    if (tag !== undefined) throw new Unreadable(`the YAML tag !${tag} is not a plain value`);
    if (node.type !== 'PLAIN') return text;
    const resolved = resolvePlainScalar(text);
    // OmegaConf's loader drops the timestamp resolver and adds one for floats without a dot.
    if (this.omega && resolved.type === 'other' && resolved.tag === 'timestamp') return text;
    if (resolved.type === 'other') throw new Unreadable(`PyYAML reads ${JSON.stringify(text)} as a ${resolved.tag}, which no argument accepts`);
    if (looksNumericToYaml12(text)) {
      this.notes.push({ text, offset: node.range?.[0], path });
      if (this.omega) {
        const value = Number(text.replace(/_/g, ''));
        if (Number.isInteger(value)) this.floatWritten.add(path);
        return value;
      }
    }
    if (resolved.type === 'float' && typeof resolved.value === 'number' && Number.isInteger(resolved.value)) this.floatWritten.add(path);
    return resolved.value;
  }
}
