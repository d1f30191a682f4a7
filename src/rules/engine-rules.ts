// Rules the engine emits itself: they have metadata and docs like every rule, but no check.
import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { defineRule } from './types.js';

export const manifestInvalid = defineRule({
  meta: {
    id: 'manifest-invalid',
    group: 'hygiene',
    description: 'A manifest cannot be parsed or breaks the format, or a route id is declared twice. Cannot be turned off or waived.',
    rationale: 'A route the tool cannot read is a route nobody checked.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
    engine: true,
  },
});

export const waiverExpired = defineRule({
  meta: {
    id: 'waiver-expired',
    group: 'hygiene',
    description: "A waiver's `expires` date has passed: the waiver no longer applies and its findings come back.",
    rationale: '"Treat today\'s route evidence as current evidence, not a permanent promise" — exceptions expire too.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
    engine: true,
  },
});

export const waiverUnused = defineRule({
  meta: {
    id: 'waiver-unused',
    group: 'hygiene',
    description: 'A waiver matched no finding: it should be removed before it hides a future one.',
    rationale: 'An exception that covers nothing today can silently cover something tomorrow.',
    defaults: everyStage('warning'),
    options: z.strictObject({}),
    engine: true,
  },
});

export const catalogStale = defineRule({
  meta: {
    id: 'catalog-stale',
    group: 'hygiene',
    description: 'The model or provider catalog in use was last checked more than `maxAgeDays` before today: its facts about models, retirements and key formats may be out of date. Reported once per run, at the catalog file.',
    rationale: '"Treat today\'s route evidence as current evidence, not a permanent promise": the facts the checks rely on age too.',
    defaults: everyStage('warning'),
    options: z.strictObject({
      maxAgeDays: z.int().min(1).max(3650).default(90).meta({ description: 'How old a catalog may be before it is reported.' }),
    }),
    engine: true,
  },
});
