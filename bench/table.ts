// The bench's one table: app, bare page and their ratio where the bare page has a counterpart, and the goal.
export interface Row {
  readonly metric: string;
  readonly app: number;
  readonly bare?: number;
  readonly format: (value: number) => string;
  /** The goal, as text, and whether the app meets it. */
  readonly goal?: { readonly text: string; readonly met: boolean };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number): string => `${value.toFixed(value < 10 ? 1 : 0)} ms`;

function ratio(app: number, bare: number | undefined): string {
  if (bare === undefined) return '';
  if (bare === 0) return app === 0 ? '1.00×' : '';
  return `${(app / bare).toFixed(2)}×`;
}

export function renderTable(rows: readonly Row[]): string {
  const header = ['', 'app', 'bare page', 'app / bare', 'goal'];
  const body = rows.map((r) => [
    r.metric,
    r.format(r.app),
    r.bare === undefined ? '' : r.format(r.bare),
    ratio(r.app, r.bare),
    r.goal ? `${r.goal.text} ${r.goal.met ? '✓' : '✗ missed'}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}
