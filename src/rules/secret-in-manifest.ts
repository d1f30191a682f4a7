import * as z from 'zod';
import { everyStage } from '../policy/severity.js';
import { maskSecret, SECRET_REFERENCE, withArticle, type SecretScanner } from '../secrets/patterns.js';
import type { FieldPath } from '../yaml/strict-yaml.js';
import { defineRule, type DocumentViolation } from './types.js';

/** Walks every string (keys included) of a document, whatever its shape or validity. */
function scan(value: unknown, path: (string | number)[], found: DocumentViolation[], secrets: SecretScanner): void {
  if (typeof value === 'string') {
    const isRef = path[path.length - 1] === 'secretRef' && (path[0] === 'routes' ? path.length === 3 : path[0] === 'defaults' && path.length === 2);
    if (isRef && !SECRET_REFERENCE.test(value.trim())) {
      const secret = secrets.find(value);
      found.push({
        path: [...path],
        message: `\`secretRef\` holds ${secret ? `what looks like ${withArticle(secret.name)}` : 'a value that is not a reference'} (${maskSecret(value).replace(/`/g, '')}): write \`env:NAME\`, \`secret:NAME\`, \`vault:PATH\` or \`none\`, and rotate the key if it was real`,
      });
      return;
    }
    const secret = secrets.find(value);
    if (secret) found.push({ path: [...path], message: secretMessage(secret.name, secret.value) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => scan(item, [...path, index], found, secrets));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const secret = secrets.find(key);
      if (secret) found.push({ path: [...path] as FieldPath, message: secretMessage(secret.name, secret.value) });
      const start = found.length;
      scan(item, [...path, key], found, secrets);
      // A path through a key-shaped key would print the key as the finding's field: stop at its parent.
      if (secret) for (const violation of found.slice(start)) violation.path = [...path];
    }
  }
}

function secretMessage(name: string, value: string): string {
  return `this value looks like ${withArticle(name)} (${maskSecret(value).replace(/`/g, '')}): remove it, keep the key in a secret store, point \`secretRef\` at it, and rotate the key`;
}

export default defineRule({
  meta: {
    id: 'secret-in-manifest',
    group: 'claims',
    description: 'A manifest value looks like key material of a format the provider catalog knows, or `secretRef` is not a reference. The value is never printed.',
    rationale: '"Reject shared-key flows": a key written into a repository is shared with everyone who can read it.',
    defaults: everyStage('error'),
    options: z.strictObject({}),
  },
  checkDocument({ data, mayHoldSecrets, secrets }) {
    const found: DocumentViolation[] = [];
    if (mayHoldSecrets) {
      scan(data, [], found, secrets);
      return found;
    }
    // No value can hold a key: only a `secretRef` that is not a reference is left to find.
    const record = (data ?? {}) as { defaults?: { secretRef?: unknown }; routes?: unknown };
    if (record.defaults && typeof record.defaults === 'object') scan(record.defaults.secretRef, ['defaults', 'secretRef'], found, secrets);
    if (Array.isArray(record.routes)) {
      record.routes.forEach((route, index) => {
        if (route && typeof route === 'object') scan((route as { secretRef?: unknown }).secretRef, ['routes', index, 'secretRef'], found, secrets);
      });
    }
    return found;
  },
});
