/**
 * The valid choice a mistyped value most likely meant: same letters ignoring case and separators, or
 * within a small edit distance. Undefined when nothing is close enough to be a safe one-click fix.
 * @example closestChoice('Epochs', ['no', 'steps', 'epoch']) // 'epoch'
 */
export function closestChoice(value: string, choices: readonly string[]): string | undefined {
  const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');
  const wanted = squash(value);
  const exact = choices.find((c) => squash(c) === wanted);
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 4)) + 1;
  for (const choice of choices) {
    const distance = editDistance(wanted, squash(choice));
    if (distance < bestDistance) {
      best = choice;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i]!;
      const prev = rows[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[a.length]![b.length]!;
}
