// The words that make a promise: the claim lexicon of `unlimited-claim-unproven` and the "free" words
// of `free-label-unqualified` and `official-api-not-free`. Matching ignores case and accents, and
// only whole words count ("freedom" is not "free"), so a label is judged as a reader sees it.
import type { Evidence } from '../manifest/schema.js';

/** How strong the proof of a promise must be: the more generous the promise, the stronger the proof. */
export type ClaimStrength = 'contract' | 'documented';

export interface LexiconEntry {
  /** What the promise amounts to, for messages. */
  promise: string;
  strength: ClaimStrength;
  /** Phrases in folded form (lower case, no accents); a space also matches `-`, `_` and runs of spaces. */
  phrases: readonly string[];
}

export const CLAIM_LEXICON: readonly LexiconEntry[] = [
  {
    promise: 'unlimited use',
    strength: 'contract',
    phrases: [
      'unlimited', 'no limits', 'no limit', 'no rate limits', 'without limits', 'without limit', 'limitless',
      'ilimitado', 'ilimitada', 'ilimitados', 'ilimitadas', 'sin limites', 'sin limite',
    ],
  },
  {
    promise: 'guaranteed uptime',
    strength: 'contract',
    phrases: ['uptime guaranteed', 'guaranteed uptime', '100% uptime', 'uptime garantizado', 'uptime garantizada', 'garantia de uptime'],
  },
  {
    promise: 'uncharged failures',
    strength: 'contract',
    phrases: [
      'failures not charged', 'failures are not charged', 'failed calls not charged', 'no charge for failures',
      'fallos sin cargo', 'fallos sin costo', 'errores sin cargo',
    ],
  },
  {
    promise: 'never blocked',
    strength: 'documented',
    phrases: ['never blocked', 'never gets blocked', 'sin bloqueos', 'sin bloqueo', 'nunca bloqueado', 'nunca bloqueada'],
  },
  {
    promise: 'free forever',
    strength: 'documented',
    phrases: ['free forever', 'forever free', 'always free', 'gratis para siempre', 'siempre gratis', 'gratuito para siempre'],
  },
];

/** Evidence types that can prove a promise of each strength. */
export const ACCEPTED_EVIDENCE: Readonly<Record<ClaimStrength, readonly Evidence['type'][]>> = {
  contract: ['contract'],
  documented: ['contract', 'terms', 'dashboard'],
};

const FREE_WORDS: readonly string[] = [
  'free', 'gratis', 'gratuito', 'gratuita', 'gratuitos', 'gratuitas', 'sin costo', 'sin coste',
];

/** Lower case without accents: "Sin Límites" → "sin limites". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function wordPattern(phrases: readonly string[]): RegExp {
  const alternatives = phrases.map((phrase) =>
    phrase
      .split(' ')
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s_-]+'),
  );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const COMPILED = CLAIM_LEXICON.map((entry) => ({ entry, pattern: wordPattern(entry.phrases) }));
const FREE_PATTERN = wordPattern(FREE_WORDS);

/** The most demanding lexicon entry the text matches (entries are listed strongest first). */
export function matchClaim(text: string): LexiconEntry | undefined {
  const folded = fold(text);
  return COMPILED.find(({ pattern }) => pattern.test(folded))?.entry;
}

/** Whether the text calls something free (free, gratis, gratuito, sin costo). */
export function saysFree(text: string): boolean {
  return FREE_PATTERN.test(fold(text));
}
