import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { claimTexts } from './fields.js';
import { defineRule, type Violation } from './types.js';

export default defineRule({
  meta: {
    id: 'checked-date-future',
    group: 'freshness',
    fact: 'checked',
    description: '`checked`, `tested.date` or an evidence `checked` is after today.',
    rationale: '"Fifth, write down the checked date": the day something was verified, which cannot be in the future.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route, today }) {
    // Dates are compared as `YYYY-MM-DD` text; most routes have none in the future, so nothing is built for them.
    const found: Violation[] = [];
    const future = (field: readonly (string | number)[], name: string, date: string): void => {
      found.push({ field, message: `${name} is ${date}, after today (${today}): write the day the check or test actually happened (a typo in the year or month?)` });
    };
    if (route.checked !== undefined && route.checked > today) future(['checked'], '`checked`', route.checked);
    const testedOn = route.tested?.date;
    if (testedOn !== undefined && testedOn > today) future(['tested', 'date'], '`tested.date`', testedOn);
    for (const claim of claimTexts(route)) {
      const checked = claim.evidence?.checked;
      if (claim.evidenceField && checked !== undefined && checked > today) future([...claim.evidenceField, 'checked'], 'the evidence `checked`', checked);
    }
    return found;
  },
});
