import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { claimTexts } from './fields.js';
import { defineRule, type Violation } from './types.js';

export default defineRule({
  meta: {
    id: 'checked-date-future',
    group: 'freshness',
    description: '`checked`, `tested.date` or an evidence `checked` is after today.',
    rationale: '"Fifth, write down the checked date": the day something was verified, which cannot be in the future.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route, today }) {
    const dates: [field: (string | number)[], name: string, date: string | undefined][] = [
      [['checked'], '`checked`', route.checked],
      [['tested', 'date'], '`tested.date`', route.tested?.date],
      ...claimTexts(route)
        .filter((claim) => claim.evidenceField)
        .map((claim): [(string | number)[], string, string | undefined] => [[...claim.evidenceField!, 'checked'], 'the evidence `checked`', claim.evidence?.checked]),
    ];
    const found: Violation[] = [];
    for (const [field, name, date] of dates) {
      if (date !== undefined && date > today) {
        found.push({ field, message: `${name} is ${date}, after today (${today}): write the day the check or test actually happened (a typo in the year or month?)` });
      }
    }
    return found;
  },
});
