// Small wording helpers shared by messages: "did you mean" and a safe, short view of a value.
import { redactSecrets } from '../secrets/patterns.js';

/** The closest candidate to `word` (case-insensitive, or within a small edit distance), if any. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const candidateLower = candidate.toLowerCase();
    if (candidateLower === lower) return candidate;
    const distance = editDistance(lower, candidateLower, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The close candidate when it is the only one that close: what a safe fix may write. Two candidates
 * as close (`mode` for `mod` among `mode` and `model`) leave the choice to a person.
 */
export function onlyMatch(word: string, candidates: readonly string[]): string | undefined {
  const best = suggest(word, candidates);
  if (best === undefined) return undefined;
  const lower = word.toLowerCase();
  const exact = (candidate: string) => candidate.toLowerCase() === lower;
  if (exact(best)) return candidates.filter(exact).length === 1 ? best : undefined;
  const distance = editDistance(lower, best.toLowerCase(), Infinity);
  const ties = candidates.filter((candidate) => editDistance(lower, candidate.toLowerCase(), distance + 1) === distance);
  return ties.length === 1 ? best : undefined;
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}

const MAX_SHOWN = 60;

/**
 * A short description of a value for messages; long text is cut so a 1 MB string stays out of reports.
 * Key material is masked before the cut: a key cut short no longer looks like one, and the later
 * redaction of every output would let its first characters through.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return value === '' ? 'an empty string' : `\`${shorten(redactSecrets(value))}\``;
  return `\`${String(value)}\``;
}

export function shorten(text: string, max = MAX_SHOWN): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}
