import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { isCalendarDate } from '../text/dates.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'checked-date-missing',
    group: 'facts',
    fact: 'checked',
    description: '`checked` is missing or not a valid `YYYY-MM-DD` date.',
    rationale: '"Fifth, write down the checked date."',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkRoute({ route }) {
    if (route.checked && isCalendarDate(route.checked)) return [];
    // The parser drops a `checked` that is not a real date (reporting it as `manifest-invalid`), so
    // "not set" and "not a date" look alike here; the wording covers both.
    return [
      {
        field: ['checked'],
        message: '`checked` is not set to a valid date: verify the route\'s owner, billing, limits, terms and model, and write the day as `checked: YYYY-MM-DD`',
      },
    ];
  },
});
