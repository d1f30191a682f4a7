// Fake keys, made at test time for every pattern `secret-in-manifest` knows (no key-shaped literal is
// ever written in the repository: prefixes are joined from parts, bodies are random), and a
// repository that puts each of them in every place a manifest or policy author could paste one.
import { randomBytes } from 'node:crypto';
import { loadBuiltinProviders } from '../../src/catalog/load.js';
import { makeRoot, quietRoute, toYaml, write } from './support.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

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

/** The characters a key format's body class allows, letters first. */
function alphabetOf(bodyClass: string): string {
  const test = new RegExp(`^${bodyClass}$`);
  const printable = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index));
  const allowed = printable.filter((char) => test.test(char));
  return [...allowed.filter((char) => /[A-Za-z]/.test(char)), ...allowed.filter((char) => !/[A-Za-z]/.test(char))].join('');
}

/**
 * One key per key format of the provider catalog, at its documented length (or the shortest that
 * counts), so a format added to policies/providers.yml is in the corpus the day it is added. Bodies
 * start with a letter so the match is unambiguous.
 */
export function fakeKeys(): FakeKey[] {
  const { providers, otherKeyFormats } = loadBuiltinProviders();
  const formats = [...providers.flatMap((provider) => (provider.keyFormats ?? []).map((format) => ({ format, owner: provider.name }))), ...otherKeyFormats.map((format) => ({ format, owner: 'other' }))];
  const keys: FakeKey[] = formats.map(({ format, owner }) => {
    const alphabet = alphabetOf(format.body ?? '[A-Za-z0-9_-]');
    const letters = alphabet.replace(/[^A-Za-z]/g, '') || alphabet;
    const length = (format.lengths?.[0] ?? format.prefix.length + format.minBody) - format.prefix.length;
    return { name: `${owner}: ${format.name}`, kind: format.name, prefix: format.prefix, value: format.prefix + random(1, letters) + random(length - 1, alphabet) };
  });
  return [...keys, { name: 'a raw secretRef value', prefix: '', value: `Pw${random(38, ALNUM)}` }];
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
