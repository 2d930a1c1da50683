/** One shell word after quote removal, with the offset where it starts in the text. */
export interface ShellWord {
  readonly text: string;
  readonly start: number;
}

/**
 * Splits shell text into commands and words the way a POSIX shell would for simple commands:
 * single and double quotes, backslash escapes, `\`-newline continuations and `#` comments.
 * Unquoted newlines, `;`, `&&`, `||` and `|` end a command. `$VAR` is kept as written.
 * @example splitShellCommands("a 'b c' \\\n d; e") // [[a, b c, d], [e]] (as ShellWord objects)
 */
export function splitShellCommands(text: string): { commands: ShellWord[][]; problem?: { message: string; offset: number } } {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let current: string | undefined;
  let start = 0;
  const endWord = (): void => {
    if (current !== undefined) words.push({ text: current, start });
    current = undefined;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  const append = (chunk: string, at: number): void => {
    if (current === undefined) {
      current = '';
      start = at;
    }
    current += chunk;
  };
  let pos = 0;
  while (pos < text.length) {
    const ch = text[pos] ?? '';
    if (ch === '\\') {
      const next = text[pos + 1];
      if (next === '\n') pos += 2;
      else if (next === '\r' && text[pos + 2] === '\n') pos += 3;
      else {
        append(next ?? '', pos);
        pos += 2;
      }
      continue;
    }
    if (ch === "'") {
      const close = text.indexOf("'", pos + 1);
      if (close < 0) return { commands, problem: { message: 'A single quote is never closed', offset: pos } };
      append(text.slice(pos + 1, close), pos);
      pos = close + 1;
      continue;
    }
    if (ch === '"') {
      const end = readDoubleQuoted(text, pos);
      if (end === undefined) return { commands, problem: { message: 'A double quote is never closed', offset: pos } };
      append(end.value, pos);
      pos = end.next;
      continue;
    }
    if (ch === '#' && current === undefined) {
      while (pos < text.length && text[pos] !== '\n') pos++;
      continue;
    }
    if (ch === '\n' || ch === ';' || ch === '|' || (ch === '&' && text[pos + 1] === '&')) {
      endCommand();
      pos += text.startsWith('&&', pos) || text.startsWith('||', pos) ? 2 : 1;
      continue;
    }
    if (/\s/.test(ch)) {
      endWord();
      pos++;
      continue;
    }
    append(ch, pos);
    pos++;
  }
  endCommand();
  return { commands };
}

// Inside double quotes a backslash only escapes $ ` " \ and newline; elsewhere it stays.
function readDoubleQuoted(text: string, open: number): { value: string; next: number } | undefined {
  let value = '';
  let pos = open + 1;
  while (pos < text.length) {
    const ch = text[pos] ?? '';
    if (ch === '"') return { value, next: pos + 1 };
    if (ch === '\\') {
      const next = text[pos + 1] ?? '';
      if (next === '\n') {
        pos += 2;
        continue;
      }
      if ('$`"\\'.includes(next) && next !== '') {
        value += next;
        pos += 2;
        continue;
      }
    }
    value += ch;
    pos++;
  }
  return undefined;
}
