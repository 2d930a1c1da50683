/** An error to carry into emitted code: the fields it is about (first = where it shows) and its message. */
export interface CodeError {
  readonly fields: readonly string[];
  readonly message: string;
}

export type CommentedFormat = 'python' | 'yaml';

// Where a keyword argument starts: `    name=` inside the call, `name:` at the top level of the YAML.
const ARGUMENT_LINE: Record<CommentedFormat, (name: string) => RegExp> = {
  python: (name) => new RegExp(`^(\\s+)${name}=`),
  yaml: (name) => new RegExp(`^()${name}:`),
};

// Where errors about no written argument go: above the call, or at the top of the YAML.
const FALLBACK_LINE: Record<CommentedFormat, RegExp> = {
  python: /^args = /,
  yaml: /^/,
};

/** One line of comment text: Markdown backticks dropped, whitespace (newlines too) collapsed. */
function commentText(message: string): string {
  return message.replaceAll('`', '').replace(/\s+/g, ' ').trim();
}

/**
 * The code with a `# error: …` comment above the argument each error is about, so the problem travels with
 * copied code. An error about an argument the code does not write (a default, an unknown key left out) goes
 * above the call (Python) or at the top (YAML). Comments keep the argument's indentation.
 * @example annotateErrors('args = TrainingArguments(\n    fp16=True,\n)\n', 'python', [{ fields: ['fp16'], message: 'no GPU' }])
 * // 'args = TrainingArguments(\n    # error: no GPU\n    fp16=True,\n)\n'
 */
export function annotateErrors(code: string, format: CommentedFormat, errors: readonly CodeError[]): string {
  if (errors.length === 0) return code;
  const lines = code.split('\n');
  const above = new Map<number, string[]>();
  const add = (index: number, comment: string) => above.set(index, [...(above.get(index) ?? []), comment]);
  for (const error of errors) {
    const text = commentText(error.message);
    let placed = false;
    for (const name of error.fields) {
      if (!/^\w+$/.test(name)) continue;
      const pattern = ARGUMENT_LINE[format](name);
      const index = lines.findIndex((line) => pattern.test(line));
      if (index < 0) continue;
      const indent = pattern.exec(lines[index] ?? '')?.[1] ?? '';
      add(index, `${indent}# error: ${text}`);
      placed = true;
      break;
    }
    if (!placed) {
      const index = Math.max(
        0,
        lines.findIndex((line) => FALLBACK_LINE[format].test(line)),
      );
      add(index, `# error: ${text}`);
    }
  }
  return lines.flatMap((line, index) => [...(above.get(index) ?? []), line]).join('\n');
}
