import { CONFIG_CLASSES } from '../config-class/classes';
import type { PyValue } from '../py/py-value';
import { isDict } from '../py/py-value';
import type { DroppedValue, ImportError, ImportResult } from './import-result';
import { positionOf } from './import-result';
import type { Bindings, ReadLiteral } from './python-expr';
import { refusedImport } from './input-limits';
import { NotALiteral, readLiteral, skipExpression } from './python-expr';
import type { PyToken } from './python-tokens';
import { tokenizePython } from './python-tokens';

/**
 * Reads the arguments of a call of a known config class (`TrainingArguments`, `Seq2SeqTrainingArguments`,
 * TRL's `SFTConfig`, …, also as `transformers.TrainingArguments`) or of `dict(...)` from Python source;
 * without such a call, text that is only `name=value, ...` or a `{...}` dict literal is read too.
 * The first positional argument is `output_dir` (the dataclass's first field); `**{...}` and
 * `**dict(...)` with literal contents are spread; names bound to a literal earlier in the script
 * (`lr = 2e-5`) are replaced by it. Anything else is reported in `dropped` with its source text,
 * never guessed. `configClass` names the class called.
 * @example importPython('lr = 2e-5\nTrainingArguments("out", learning_rate=lr)').kwargs.values // { output_dir: 'out', learning_rate: 2e-5 }
 */
export function importPython(text: string): ImportResult {
  const refused = refusedImport(text);
  if (refused) return refused;
  const reader = new CallReader(text, tokenizePython(text));
  reader.run();
  return {
    kwargs: { values: reader.values, floatWritten: reader.floatWritten },
    dropped: reader.dropped,
    errors: reader.errors,
    ...(reader.className === undefined ? {} : { configClass: reader.className }),
  };
}

const CLASS_NAMES = new Set(CONFIG_CLASSES.map((c) => c.name));
// Unknown subclasses are still read as TrainingArguments-like calls, by their name's ending.
const CALL_NAME = /(?:TrainingArguments|Config)$|^dict$/;
const NOT_CONFIG = /(?:Lora|Peft|Model|Generation|BitsAndBytes|Quantization|Auto|Deepspeed|Accelerator|Parallelism)\w*Config$/;

class CallReader {
  readonly values: Record<string, PyValue> = {};
  readonly floatWritten = new Set<string>();
  readonly dropped: DroppedValue[] = [];
  readonly errors: ImportError[] = [];
  className: string | undefined;
  private readonly bound: Bindings;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly PyToken[],
  ) {
    this.bound = collectBindings(text, tokens);
  }

  run(): void {
    // `class MyArgs(TrainingArguments):` and `def make_TrainingArguments(` are not calls.
    const calls = this.tokens.flatMap((token, i) => {
      const before = this.tokens[i - 1]?.text;
      const isCall =
        token.type === 'name' &&
        (CLASS_NAMES.has(token.text) || (CALL_NAME.test(token.text) && !NOT_CONFIG.test(token.text))) &&
        this.isOp(i + 1, '(') &&
        before !== 'class' &&
        before !== 'def';
      return isCall ? [i] : [];
    });
    // A known class wins over a look-alike name, which wins over dict(...).
    const rank = (i: number): number => (CLASS_NAMES.has(this.tokens[i]?.text ?? '') ? 0 : this.tokens[i]?.text === 'dict' ? 2 : 1);
    const first = [...calls].sort((a, b) => rank(a) - rank(b) || a - b)[0];
    if (first !== undefined) {
      const name = this.tokens[first]?.text ?? '';
      if (calls.filter((i) => rank(i) === rank(first)).length > 1 && rank(first) < 2) {
        this.error(`There is more than one ${name}(...) call; only the first was read`, this.tokens[first]);
      }
      if (CLASS_NAMES.has(name)) this.className = name;
      this.readArguments(first + 2, ')');
      return;
    }
    if (this.tokens.length === 0) {
      this.errors.push({ message: 'There is no Python code to read', line: 1, column: 1 });
      return;
    }
    if (this.isOp(0, '{')) this.readDict();
    else if (this.tokens[0]?.type === 'name' && this.isOp(1, '=')) this.readArguments(0, undefined);
    else this.error('No TrainingArguments(...) call was found', this.tokens[0]);
  }

  private isOp(index: number, text: string): boolean {
    const token = this.tokens[index];
    return token?.type === 'op' && token.text === text;
  }

  private error(message: string, token: PyToken | undefined): void {
    const offset = token?.start ?? this.text.length;
    this.errors.push({ message, ...positionOf(this.text, offset) });
  }

  private source(from: number, to: number): string {
    const start = this.tokens[from]?.start ?? this.text.length;
    const end = this.tokens[to - 1]?.end ?? start;
    return this.text.slice(start, end).replace(/\s+/g, ' ');
  }

  /** Reads `name=value` pairs from `index` until `closer` (or the end of the text when undefined). */
  private readArguments(start: number, closer: string | undefined): void {
    let index = start;
    let positional = 0;
    for (;;) {
      const token = this.tokens[index];
      if (token === undefined) {
        if (closer !== undefined) this.error(`The call is never closed with \`${closer}\``, undefined);
        return;
      }
      if (closer !== undefined && this.isOp(index, closer)) return;
      const end = skipExpression(this.tokens, index);
      if (end === index) {
        // skipExpression stops at once only on a stray closing bracket.
        this.error(`Unexpected \`${token.text}\``, token);
        index++;
        continue;
      }
      if (token.type === 'name' && this.isOp(index + 1, '=')) this.readKeyword(token.text, index + 2, end);
      else if (this.isOp(index, '**')) this.readSpread(index, end);
      else if (this.isOp(index, '*')) {
        this.dropped.push({ key: this.source(index, end), reason: 'positional arguments unpacked from a sequence are not read; write them as keywords' });
      } else {
        this.readPositional(positional++, index, end);
      }
      index = this.isOp(end, ',') ? end + 1 : end;
    }
  }

  /** The dataclass's first field is `output_dir`, so `TrainingArguments("out")` sets it; later positions are not mapped. */
  private readPositional(position: number, start: number, end: number): void {
    if (position > 0) {
      this.dropped.push({ key: this.source(start, end), reason: `positional argument ${position + 1} is not read; write it as a keyword argument` });
      return;
    }
    this.readKeyword('output_dir', start, end);
  }

  /** `**{...}`, `**dict(...)` or `**name` bound to a dict literal: every key becomes a keyword argument. */
  private readSpread(start: number, end: number): void {
    const source = this.source(start, end);
    try {
      const { literal, next } = readLiteral(this.tokens, start + 1, '', this.bound);
      if (next !== end) throw new NotALiteral('an expression is not a literal', this.tokens[next]);
      if (!isDict(literal.value)) throw new NotALiteral('only a dict can be unpacked with **', this.tokens[start + 1]);
      for (const [key, value] of Object.entries(literal.value)) {
        this.store(
          key,
          value,
          literal.floatPaths.filter((p) => isUnder(p, key)),
        );
      }
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
      this.dropped.push({ key: source, reason: `\`${source}\` is not a literal dict: ${error.reason}` });
    }
  }

  private readKeyword(key: string, valueStart: number, end: number): void {
    if (valueStart >= end) {
      this.error(`The argument \`${key}\` has no value`, this.tokens[valueStart - 1]);
      return;
    }
    try {
      const { literal, next } = readLiteral(this.tokens, valueStart, key, this.bound);
      if (next !== end) throw new NotALiteral('an expression is not a literal', this.tokens[next]);
      this.store(key, literal.value, literal.floatPaths);
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
      this.dropped.push({ key, reason: `\`${this.source(valueStart, end)}\` is not a literal: ${error.reason}` });
    }
  }

  private store(key: string, value: PyValue, floatPaths: readonly string[]): void {
    if (key in this.values) this.error(`The argument \`${key}\` is given more than once; the last value was kept`, undefined);
    for (const mark of [...this.floatWritten]) if (isUnder(mark, key)) this.floatWritten.delete(mark);
    this.values[key] = value;
    for (const path of floatPaths) this.floatWritten.add(path);
  }

  private readDict(): void {
    try {
      const { literal, next } = readLiteral(this.tokens, 0);
      if (next < this.tokens.length) this.error('Text after the dict was ignored', this.tokens[next]);
      const value = literal.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
      for (const [key, item] of Object.entries(value)) {
        this.store(
          key,
          item,
          literal.floatPaths.filter((p) => isUnder(p, key)),
        );
      }
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
      this.error(`The dict could not be read: ${error.reason}`, error.token);
    }
  }
}

/**
 * Module-level `name = literal` statements (a name at the start of a line, the literal ending its
 * line), so `learning_rate=lr` can be read; a name bound again later only counts from there on.
 */
function collectBindings(text: string, tokens: readonly PyToken[]): Bindings {
  const bindings = new Map<string, { at: number; literal: ReadLiteral | undefined }[]>();
  const startsLine = (i: number): boolean => {
    const token = tokens[i];
    if (token === undefined) return false;
    const previous = tokens[i - 1];
    return (
      !/\S/.test(text.slice(text.lastIndexOf('\n', token.start - 1) + 1, token.start)) &&
      (previous === undefined || text.slice(previous.end, token.start).includes('\n'))
    );
  };
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'op' && '([{'.includes(token.text)) depth++;
    if (token.type === 'op' && ')]}'.includes(token.text)) depth = Math.max(0, depth - 1);
    const eq = tokens[i + 1];
    // Keyword arguments inside a call also start lines; only statements at bracket depth 0 bind names.
    if (depth > 0 || token.type !== 'name' || eq?.type !== 'op' || eq.text !== '=' || !startsLine(i)) continue;
    let literal: ReadLiteral | undefined;
    try {
      const read = readLiteral(tokens, i + 2, '', lookUp);
      if (read.next >= tokens.length || startsLine(read.next)) literal = read.literal;
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
    }
    const list = bindings.get(token.text) ?? [];
    list.push({ at: i, literal });
    bindings.set(token.text, list);
  }
  function lookUp(name: string, at: number): ReadLiteral | undefined {
    const before = (bindings.get(name) ?? []).filter((b) => b.at < at);
    return before.at(-1)?.literal;
  }
  return lookUp;
}

function isUnder(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
}
