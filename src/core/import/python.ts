import { CONFIG_CLASSES, isConfigClassName } from '../config-class/classes';
import type { PyValue } from '../py/py-value';
import type { DroppedValue, ImportError, ImportResult } from './import-result';
import { positionOf } from './import-result';
import { refusedImport } from './input-limits';
import { NotALiteral, readLiteral, skipExpression } from './python-expr';
import type { PyToken } from './python-tokens';
import { tokenizePython } from './python-tokens';

/**
 * Reads the keyword arguments of a `TrainingArguments(...)` call (also `Seq2SeqTrainingArguments`,
 * `transformers.TrainingArguments` or `dict(...)`) from Python source; without such a call, text
 * that is only `name=value, ...` or a `{...}` dict literal is read too. Values must be literals;
 * a variable, call or expression is reported in `dropped`, never guessed.
 * @example importPython('TrainingArguments(learning_rate=1e-4, bf16=True)').kwargs.values // { learning_rate: 0.0001, bf16: true }
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
    ...(reader.configClass === undefined ? {} : { configClass: reader.configClass }),
  };
}

// Any config class of the table (`SFTConfig(...)`, `Seq2SeqTrainingArguments(...)`) and subclasses named like them.
const CALL_NAME = new RegExp(`(?:${CONFIG_CLASSES.map((c) => c.name).join('|')})$|^dict$`);

class CallReader {
  readonly values: Record<string, PyValue> = {};
  readonly floatWritten = new Set<string>();
  readonly dropped: DroppedValue[] = [];
  readonly errors: ImportError[] = [];
  /** The config class the call builds, when it names one of the table's. */
  configClass: string | undefined;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly PyToken[],
  ) {}

  run(): void {
    // `class MyArgs(TrainingArguments):` and `def make_TrainingArguments(` are not calls.
    const calls = this.tokens.flatMap((token, i) => {
      const before = this.tokens[i - 1]?.text;
      const isCall = token.type === 'name' && CALL_NAME.test(token.text) && this.isOp(i + 1, '(') && before !== 'class' && before !== 'def';
      return isCall ? [i] : [];
    });
    const first = calls.find((i) => this.tokens[i]?.text !== 'dict') ?? calls[0];
    if (first !== undefined) {
      if (calls.filter((i) => this.tokens[i]?.text !== 'dict').length > 1) {
        this.error('There is more than one TrainingArguments(...) call; only the first was read', this.tokens[first]);
      }
      const called = this.tokens[first]?.text ?? '';
      if (isConfigClassName(called)) this.configClass = called;
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
      else if (this.isOp(index, '**') || this.isOp(index, '*')) {
        this.dropped.push({ key: this.source(index, end), reason: 'unpacked arguments depend on variables and are not read' });
      } else {
        this.error(`The positional argument \`${this.source(index, end)}\` was ignored; TrainingArguments takes keywords`, token);
      }
      index = this.isOp(end, ',') ? end + 1 : end;
    }
  }

  private readKeyword(key: string, valueStart: number, end: number): void {
    if (valueStart >= end) {
      this.error(`The argument \`${key}\` has no value`, this.tokens[valueStart - 1]);
      return;
    }
    try {
      const { literal, next } = readLiteral(this.tokens, valueStart, key);
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
      for (const [key, item] of Object.entries(value)) this.store(key, item, literal.floatPaths.filter((p) => isUnder(p, key)));
    } catch (error) {
      if (!(error instanceof NotALiteral)) throw error;
      this.error(`The dict could not be read: ${error.reason}`, error.token);
    }
  }
}

function isUnder(path: string, key: string): boolean {
  return path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`);
}
