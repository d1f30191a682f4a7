import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { daysBetween } from '../text/dates.js';
import { describeValue } from '../text/words.js';
import { ACCEPTED_EVIDENCE, matchClaim } from './claim-lexicon.js';
import { claimTexts, dayCount, listWording, type ClaimText } from './fields.js';
import { defineRule, type Violation } from './types.js';

const options = z.strictObject({
  maxAgeDays: z.int().min(1).max(3650).default(90),
});

/** Why the claim's evidence does not prove a promise of that strength, with the field to fix first. */
function evidenceGaps(claim: ClaimText, accepted: readonly string[], maxAgeDays: number, today: string): [field: (string | number)[], gap: string][] {
  const { evidence, evidenceField } = claim;
  if (!evidence || !evidenceField) return [];
  const gaps: [(string | number)[], string][] = [];
  if (!accepted.includes(evidence.type)) gaps.push([[...evidenceField, 'type'], `its evidence is of type \`${evidence.type}\`, which is not enough for this promise`]);
  if (!evidence.url) gaps.push([[...evidenceField, 'url'], 'its evidence has no `url`']);
  if (!evidence.checked) gaps.push([[...evidenceField, 'checked'], 'its evidence has no `checked` date']);
  else if (daysBetween(evidence.checked, today) > maxAgeDays) {
    gaps.push([[...evidenceField, 'checked'], `its evidence was checked on ${evidence.checked}, more than ${dayCount(maxAgeDays)} ago`]);
  }
  return gaps;
}

export default defineRule({
  meta: {
    id: 'unlimited-claim-unproven',
    group: 'claims',
    fact: 'limits',
    description: 'A claim or label promises unlimited use, uptime, uncharged failures and the like without current evidence (`contract` for the strongest promises).',
    rationale: '"Reject unlimited claims by default." "The more generous the promise, the stronger the proof must be."',
    defaults: perStage('error', 'error', 'warning', 'warning'),
    options,
  },
  checkRoute({ route, options: { maxAgeDays }, today }) {
    const found: Violation[] = [];
    for (const claim of claimTexts(route)) {
      const entry = matchClaim(claim.text);
      if (!entry) continue;
      const accepted = ACCEPTED_EVIDENCE[entry.strength];
      const proof = `evidence of type ${listWording(accepted.map((type) => `\`${type}\``), 'or')} with a \`url\` and a \`checked\` date within ${dayCount(maxAgeDays)}`;
      const promise = `${describeValue(claim.text)} promises ${entry.promise}`;
      if (claim.field[0] === 'labels') {
        found.push({ field: claim.field, message: `the label ${promise}, and a label cannot carry evidence: remove it, or move the promise to \`claims\` with ${proof}` });
        continue;
      }
      if (!claim.evidence) {
        found.push({ field: claim.field, message: `the claim ${promise} without evidence: write it as \`{text, evidence: {type, url, checked}}\` with ${proof}, or remove it` });
        continue;
      }
      const gaps = evidenceGaps(claim, accepted, maxAgeDays, today);
      if (gaps.length === 0) continue;
      found.push({ field: gaps[0]![0], message: `the claim ${promise}, but ${listWording(gaps.map(([, gap]) => gap))}: back it with ${proof}, or remove it` });
    }
    return found;
  },
});
