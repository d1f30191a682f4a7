import * as z from 'zod';
import { perStage } from '../policy/severity.js';
import { defineRule, type Violation } from './types.js';

export default defineRule({
  meta: {
    id: 'model-retired',
    group: 'production',
    description: 'The model catalog marks `model` (or `aliasOf`) as deprecated (warning) or shut down as of today (error).',
    rationale: '"First, confirm the model name": a retired model id fails every call, with no automatic upgrade.',
    defaults: perStage('error', 'error', 'warning', 'notice'),
    options: z.strictObject({}),
  },
  checkRoute({ route, catalog, today }) {
    for (const field of ['aliasOf', 'model'] as const) {
      const name = route[field];
      const entry = name ? catalog.lookup(name)?.entry : undefined;
      if (!name || !entry || entry.status === 'active') continue;
      const replacement = entry.replacement ? `; move to \`${entry.replacement}\`` : '; move to an active model';
      const shutDown = entry.status === 'shutdown' || (entry.shutdown !== undefined && entry.shutdown !== null && entry.shutdown <= today);
      const violation: Violation = shutDown
        ? { field: [field], message: `\`${name}\` was shut down${entry.shutdown ? ` on ${entry.shutdown}` : ''} and no longer answers${replacement}` }
        : {
            field: [field],
            severity: 'warning',
            message: `\`${name}\` is deprecated${entry.shutdown ? ` and shuts down on ${entry.shutdown}` : ''}${replacement}`,
          };
      return [violation];
    }
    return [];
  },
});
