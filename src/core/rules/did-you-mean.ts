/**
 * Folds a name to the letters and digits that identify it, so `learningRate`, `learning-rate`,
 * `Learning_Rate` and `learning_rate` all compare equal.
 * @example squashName('output-Dir') // 'outputdir'
 */
export function squashName(name: string): string {
  return name.toLowerCase().replace(/[\s_\-.]+/g, '');
}

/**
 * Optimal-string-alignment Damerau–Levenshtein distance: insertions, deletions, substitutions and
 * swaps of two neighbouring characters each cost 1 (the swap is the most common typing slip).
 * @example editDistance('nccl', 'ncl') // 1
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits still read as a slip rather than a different word: short names tolerate fewer. */
function tolerance(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

/**
 * The candidate a mistyped name most likely meant, or undefined when none is close enough to offer as
 * a one-click fix. Tries, in order: the same name up to case and separators (`learningRate`); the
 * fewest typing edits within a length-dependent tolerance; a candidate that uniquely contains the
 * name or is contained in it (`warn` → `warning`, `by_length` → `group_by_length`).
 * @example didYouMean('nccl2', ['nccl', 'gloo', 'mpi']) // 'nccl'
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const wanted = squashName(input);
  if (wanted === '') return undefined;
  const squashed = candidates.map((c) => [c, squashName(c)] as const);
  const same = squashed.find(([, s]) => s === wanted);
  if (same) return same[0];

  let best: string | undefined;
  let bestDistance = tolerance(wanted.length) + 1;
  for (const [candidate, s] of squashed) {
    const distance = editDistance(wanted, s);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) return best;

  // Containment is only a signal for names long enough not to occur everywhere by chance.
  if (wanted.length < 4) return undefined;
  const containing = squashed.filter(([, s]) => s.length >= 4 && (s.includes(wanted) || wanted.includes(s)));
  return containing.length === 1 ? containing[0]![0] : undefined;
}
