// The nearest known name to a mistyped one, for "Did you mean --json?" in usage errors. A suggestion
// must be close enough to be the obvious intent: a wrong guess is worse than none.

/**
 * Edits (insertions, deletions, substitutions, swaps of two neighbours) turning `a` into `b`: the
 * optimal-string-alignment distance, so the common typo `--josn` is one edit from `--json`, not two.
 */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Edits tolerated for a name of this length: one for short names, one more per four characters. */
function tolerance(name: string): number {
  return Math.max(1, Math.floor(name.length / 4));
}

/**
 * The known name `typed` most likely meant (compared without case): the only one it abbreviates, or
 * the nearest within a few edits; `undefined` when none is close.
 */
export function nearestName(typed: string, known: readonly string[]): string | undefined {
  const wanted = typed.toLowerCase();
  if (wanted === '') return undefined;
  const abbreviated = known.filter((name) => name.startsWith(wanted));
  if (wanted.length >= 2 && abbreviated.length === 1) return abbreviated[0];

  let nearest: string | undefined;
  let nearestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(wanted, name);
    if (distance <= tolerance(name) && distance < nearestDistance) {
      nearest = name;
      nearestDistance = distance;
    }
  }
  return nearest;
}
