import { describe, expect, it } from 'vitest';
import { splitShellCommands } from './shell-words';

const words = (text: string) => splitShellCommands(text).commands.map((command) => command.map((w) => w.text));

describe('splitShellCommands', () => {
  it('removes quotes and keeps what they protect', () => {
    expect(words(`a 'b c' "d \\"e\\" \\$f \\x" g\\ h ''`)).toEqual([['a', 'b c', 'd "e" $f \\x', 'g h', '']]);
  });

  it('joins continued lines and splits commands on newlines, ; && || and |', () => {
    expect(words('a \\\n b\nc; d && e || f | g')).toEqual([['a', 'b'], ['c'], ['d'], ['e'], ['f'], ['g']]);
  });

  it('drops comments only at the start of a word', () => {
    expect(words('a#b # comment\nc')).toEqual([['a#b'], ['c']]);
  });

  it('keeps newlines inside quotes and records where each word starts', () => {
    const { commands } = splitShellCommands("x 'a\nb' y");
    expect(commands).toEqual([
      [
        { text: 'x', start: 0 },
        { text: 'a\nb', start: 2 },
        { text: 'y', start: 8 },
      ],
    ]);
  });

  it('reports an unclosed quote with its offset', () => {
    expect(splitShellCommands('a "b').problem).toEqual({ message: expect.stringMatching(/never closed/), offset: 2 });
  });
});
