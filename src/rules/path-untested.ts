import * as z from 'zod';
import { TEST_COVERS } from '../manifest/schema.js';
import { perStage } from '../policy/severity.js';
import { daysBetween } from '../text/dates.js';
import { dayCount, listWording, productionLikePhrase } from './fields.js';
import { defineRule, type Violation } from './types.js';

const options = z.strictObject({
  requiredCovers: z.array(z.enum(TEST_COVERS)).default(['generate', 'errors', 'retries']),
  maxAgeDays: z.int().min(1).max(3650).default(180),
});

export default defineRule({
  meta: {
    id: 'path-untested',
    group: 'production',
    fact: 'tested',
    description: 'A production-like route has no `tested`, its `covers` lack a required part, or its `date` is older than `maxAgeDays`.',
    rationale: '"Third, test one complete image path. Browser output is not enough if your product needs API calls, edits, storage, logs, retries, predictable output count, or error reporting."',
    defaults: perStage('error', 'warning', 'off', 'off'),
    options,
  },
  checkRoute({ route, productionLike, options: { requiredCovers, maxAgeDays }, today }) {
    if (!productionLike) return [];
    const required = listWording(requiredCovers.map((part) => `\`${part}\``));
    const tested = route.tested;
    if (!tested) {
      return [
        {
          field: ['tested'],
          message: `\`tested\` is not set and ${productionLikePhrase(route.stage)}: run one complete image path end to end and record it as \`tested: { date: YYYY-MM-DD, covers: [...] }\`, covering at least ${required}`,
        },
      ];
    }
    const found: Violation[] = [];
    const lacking = requiredCovers.filter((part) => !tested.covers?.includes(part));
    if (lacking.length > 0) {
      found.push({
        field: ['tested', 'covers'],
        message: `${tested.covers ? '`tested.covers` lacks' : '`tested.covers` is not set, so the test covers none of'} ${listWording(lacking.map((part) => `\`${part}\``))}: test those parts of the image path and list them in \`tested.covers\` (required: ${required})`,
      });
    }
    if (!tested.date) {
      found.push({ field: ['tested', 'date'], message: '`tested.date` is not set: write the day of the end-to-end test as `YYYY-MM-DD`' });
    } else if (daysBetween(tested.date, today) > maxAgeDays) {
      found.push({
        field: ['tested', 'date'],
        message: `the image path was last tested on ${tested.date}, ${dayCount(daysBetween(tested.date, today))} ago (more than ${maxAgeDays}): test it again and update \`tested.date\``,
      });
    }
    return found;
  },
});
