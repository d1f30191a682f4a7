// Fake keys, made at test time for every pattern `secret-in-manifest` knows (no key-shaped literal is
// ever written in the repository: prefixes are joined from parts, bodies are random), and a
// repository that puts each of them in every place a manifest or policy author could paste one.
import { randomBytes } from 'node:crypto';
import { makeRoot, quietRoute, toYaml, write } from './support.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const URLSAFE = `${ALNUM}-_`;
const HEX = '0123456789abcdef';

function random(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join('');
}

export interface FakeKey {
  name: string;
  /** The part every key of the kind starts with (public knowledge, shown in the mask). */
  prefix: string;
  value: string;
  /** The name secret-in-manifest gives it; undefined for a raw secretRef value (no pattern). */
  kind?: string;
}

function key(name: string, kind: string | undefined, prefixParts: string[], separator: string, body: string): FakeKey {
  const prefix = prefixParts.join(separator) + separator;
  return { name, kind, prefix, value: prefix + body };
}

/** A fresh set of keys per test run. Bodies start with a letter so the match is unambiguous. */
export function fakeKeys(): FakeKey[] {
  const urlsafe = (length: number) => random(1, ALNUM) + random(length - 1, URLSAFE);
  return [
    key('OpenAI (legacy)', 'OpenAI key', ['sk'], '-', random(48, ALNUM)),
    key('OpenAI project', 'OpenAI project key', ['sk', 'proj'], '-', urlsafe(124)),
    key('OpenAI service account', 'OpenAI project key', ['sk', 'svcacct'], '-', urlsafe(124)),
    key('OpenAI admin', 'OpenAI project key', ['sk', 'admin'], '-', urlsafe(124)),
    key('Anthropic', 'Anthropic key', ['sk', 'ant', 'api03'], '-', `${urlsafe(93)}AA`),
    { name: 'Google (39 characters)', kind: 'Google API key', prefix: ['AI', 'za'].join(''), value: ['AI', 'za'].join('') + urlsafe(35) },
    key('Hugging Face', 'Hugging Face token', ['hf'], '_', random(34, ALNUM)),
    key('Replicate', 'Replicate token', ['r8'], '_', random(37, ALNUM)),
    key('OpenRouter', 'OpenRouter key', ['sk', 'or', 'v1'], '-', random(64, HEX)),
    { name: 'a raw secretRef value', prefix: '', value: `Pw${random(38, ALNUM)}` },
  ];
}

/**
 * Where the full key, or any part of it past what the mask shows, appears in `text` (case
 * insensitive: a lower-cased key is still most of a key). Undefined when it does not.
 */
export function leak(text: string, fake: FakeKey): string | undefined {
  const lower = text.toLowerCase();
  const body = fake.value.slice(fake.prefix.length);
  const probes = [fake.value, body.slice(0, 8), body.slice(Math.floor(body.length / 2) - 4, Math.floor(body.length / 2) + 4), body.slice(-8)];
  for (const probe of probes) {
    const at = lower.indexOf(probe.toLowerCase());
    if (at !== -1) return `${probe === fake.value ? 'the whole key' : `part of it (${probe})`} near ${JSON.stringify(text.slice(Math.max(0, at - 40), at + probe.length + 10))}`;
  }
  return undefined;
}

/** The mask secret-in-manifest prints: first four characters and the length. */
export function mask(fake: FakeKey): string {
  return `(${fake.value.slice(0, 4)}... (${fake.value.length} characters))`;
}

const pad = (char: string, length: number): string => char.repeat(length);

/** Every route-level place for one key; each is its own route so each gets its own finding. */
function routesFor(fake: FakeKey, index: number): Record<string, unknown>[] {
  const k = fake.value;
  const id = (place: string) => `k${index}-${place}`;
  const routes = [quietRoute(id('secretref'), { secretRef: k })];
  if (!fake.kind) return routes;
  // The paddings put the start of the key where a message that quotes 60 characters cuts it short.
  return [
    ...routes,
    quietRoute(id('notes'), { notes: `rotate ${k} after the demo` }),
    quietRoute(id('claims'), { claims: [`unlimited images, key ${k}`, `unlimited ${pad('c', 26)} ${k}`, { text: `no limits ${pad('c', 34)} ${k}` }] }),
    quietRoute(id('labels'), { labels: [`free ${k}`, `free ${pad('l', 30)} ${k}`] }),
    quietRoute(id('unknown-value'), { 'x-api-key': k }),
    quietRoute(id('unknown-key'), { [k]: 'oops' }),
    quietRoute(id('nested-key'), { billing: { payer: 'our-account', trigger: 'per image', unit: 'image', failureBilling: 'not-charged', [k]: true } }),
    quietRoute(id('endpoint'), { endpoint: `https://api.example.com/v1/images?key=${k}&n=1` }),
    quietRoute(id('keyowner'), { keyOwner: k, checked: '2026-01-05' }),
    quietRoute(id('keyowner-text'), { keyOwner: `${pad('o', 190)} ${k}`, checked: '2026-01-05' }),
    quietRoute(id('model'), { model: `${pad('m', 30)} ${k}` }),
    quietRoute(id('provider'), { provider: k }),
    quietRoute(id('dataterms'), { stage: 'demo', dataTerms: `${pad('d', 36)} ${k}` }),
    quietRoute(id('stage'), { stage: `${pad('s', 36)} ${k}` }),
    quietRoute(id('fallback'), { fallback: `route:${k}` }),
    quietRoute(id('support'), { support: `ask ${k}`, limits: [`${k}`], billing: { payer: 'our-account', trigger: `after ${k}`, unit: 'image', failureBilling: 'not-charged' } }),
    quietRoute(id('waived'), { stage: 'production', limits: undefined }),
  ];
}

export const POLICY_PATH = '.github/image-route-policy.yml';

export interface SecretsRepository {
  root: string;
  keys: FakeKey[];
}

export function secretsRepository(keys: FakeKey[]): SecretsRepository {
  const root = makeRoot('irp-secrets-');
  keys.forEach((fake, index) => {
    write(root, `keys/${index}/image-routes.yml`, toYaml({ version: 1, routes: routesFor(fake, index) }));
    // `defaults.secretRef`, and folders named with the key (alone, and after a line break).
    write(root, `defaults/${index}/image-routes.yml`, toYaml({ version: 1, defaults: { secretRef: fake.value }, routes: [quietRoute(`d${index}`, { secretRef: undefined })] }));
    if (fake.kind) {
      write(root, `folders/${index}/${fake.value}/image-routes.yml`, toYaml({ version: 1, routes: [quietRoute(`dir${index}`, { keyOwner: 'unknown', checked: '2026-01-05' })] }));
      write(root, `folders/${index}/line\n${fake.value}/image-routes.yml`, toYaml({ version: 1, routes: [quietRoute(`nl${index}`, { keyOwner: 'unknown' })] }));
    }
  });
  const patterned = keys.filter((fake) => fake.kind);
  const waivers = patterned.flatMap((fake) => {
    const index = keys.indexOf(fake);
    return [
      { rule: 'limit-missing', route: `k${index}-waived`, reason: `approved by legal, ticket ${fake.value}`, owner: `${fake.value}`, expires: '2027-01-31' },
      { rule: 'support-owner-missing', route: fake.value, reason: 'a waiver that matches nothing', owner: 'security-tests', expires: '2027-01-31' },
    ];
  });
  const overrides = patterned.map((fake) => ({ routes: [fake.value], rules: { 'limit-missing': 'warning' } }));
  write(root, POLICY_PATH, toYaml({ version: 1, extends: ['recommended'], overrides, waivers }));
  return { root, keys };
}

/** Policies that are configuration errors quoting the keys: as unknown keys, and as a preset's file name. */
export function badPolicies(keys: FakeKey[]): Record<string, string> {
  const patterned = keys.filter((fake) => fake.kind);
  return {
    'unknown keys': toYaml({ version: 1, ...Object.fromEntries(patterned.map((fake) => [fake.value, 1])) }),
    'a missing preset': toYaml({ version: 1, extends: patterned.map((fake) => `./${fake.value}.yml`) }),
    'an unknown preset': toYaml({ version: 1, extends: patterned.map((fake) => fake.value) }),
  };
}
