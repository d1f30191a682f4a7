// Key formats come from the provider catalog. The pre-check that lets most text skip the key
// patterns must never skip a text a pattern matches; every format finds its own keys and leaves
// look-alikes alone.
import fc from 'fast-check';
import { loadBuiltinProviders } from '../../src/catalog/load.js';
import { builtinSecrets, maskSecret, mightHoldSecret, redactSecrets, SecretScanner } from '../../src/secrets/patterns.js';

const { providers, otherKeyFormats } = loadBuiltinProviders();
const formats = [...providers.flatMap((provider) => provider.keyFormats ?? []), ...otherKeyFormats];
const prefixes = [...new Set(formats.map((format) => format.prefix))];

/** `count` characters the format's body class allows, cycling through a mixed sample. */
function bodyOf(bodyClass: string, count: number): string {
  const test = new RegExp(`^${bodyClass}$`);
  const sample = 'aZ3kQ9xM7pL2vB8nR4tW6yC1dF5gH0jK'.split('').filter((char) => test.test(char));
  const pool = sample.length > 0 ? sample : ['A', '2'].filter((char) => test.test(char));
  return Array.from({ length: count }, (_, index) => pool[index % pool.length]).join('');
}

describe('the scanner built from the catalog', () => {
  it('knows every format of the catalog, longest prefix first', () => {
    expect(formats.length).toBeGreaterThanOrEqual(12);
    const ordered = builtinSecrets().patterns.map(({ pattern }) => pattern.source);
    expect(ordered.findIndex((source) => source.includes('sk\\-ant\\-'))).toBeLessThan(ordered.findIndex((source) => /^\(\?<!\[A-Za-z0-9_-\]\)sk\\-\[/.test(source)));
  });

  it.each(formats.map((format) => [format.name, format] as const))('%s: the shortest key that counts is found and named', (_, format) => {
    const key = format.prefix + bodyOf(format.body ?? '[A-Za-z0-9_-]', format.minBody);
    const found = builtinSecrets().find(`"${key}"`);
    expect(found?.value).toBe(key);
    expect(found?.name).toContain(format.name);
    expect(mightHoldSecret(`"${key}"`)).toBe(true);
    expect(redactSecrets(`a ${key} b`)).toBe(`a ${key.slice(0, 4)}...[redacted ${key.length} characters] b`);
  });

  it.each(formats.map((format) => [format.name, format] as const))('%s: look-alikes stay silent (one character short, inside a word)', (_, format) => {
    const body = bodyOf(format.body ?? '[A-Za-z0-9_-]', format.minBody);
    expect(builtinSecrets().find(`${format.prefix}${body.slice(1)} is too short`)).toBeUndefined();
    expect(builtinSecrets().find(`task${format.prefix}${body}`)).toBeUndefined();
    expect(builtinSecrets().find(`the ${format.prefix} prefix is documented`)).toBeUndefined();
  });

  it('names a format two vendors write alike with both names', () => {
    const scanner = new SecretScanner([
      { name: 'A key', prefix: 'ab-', body: '[a-z]', minBody: 8 },
      { name: 'B key', prefix: 'ab-', body: '[a-z]', minBody: 8 },
    ]);
    expect(scanner.find('ab-abcdefgh')?.name).toBe('A key or B key');
  });
});

describe('mightHoldSecret', () => {
  // Mostly characters every body class allows, now and then one that only some allow.
  const keyCharacters = fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...'abcdefXYZ0189'.split('')) }, { weight: 1, arbitrary: fc.constantFrom(...'_-+/=.'.split('')) });
  const text = fc
    .array(fc.tuple(fc.constantFrom(...prefixes, 'x', ' ', 'sk', 'AQ'), fc.string({ unit: keyCharacters, minLength: 10, maxLength: 60 }), fc.constantFrom('', ' ', '…', '"', '\n')), { maxLength: 4 })
    .map((parts) => parts.map((part) => part.join('')).join(''));

  it('passes every text that some key pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (value) => {
        const anyPattern = builtinSecrets().patterns.some(({ pattern }) => {
          pattern.lastIndex = 0;
          return pattern.test(value);
        });
        if (anyPattern) {
          matched++;
          expect(mightHoldSecret(value)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(250);
  });

  it('refuses a masked key, so reports that name one are not scanned again', () => {
    const key = `sk-proj-${'Ab3'.repeat(20)}`;
    expect(builtinSecrets().find(`notes: ${key}`)?.value).toBe(key);
    expect(mightHoldSecret(`the value ${maskSecret(key)} looks like a key`)).toBe(false);
    expect(redactSecrets(`a ${key} b`)).not.toContain(key);
  });
});

describe('scanners built from odd formats', () => {
  it('a format of body characters alone (no prefix) still pre-checks', () => {
    const scanner = new SecretScanner([{ name: 'key-like value', prefix: '', body: '[A-Za-z0-9_.-]', minBody: 24 }]);
    expect(scanner.redact('token abcdefghijklmnopqrstuvwxyz0123 end')).toBe('token abcd...[redacted 30 characters] end');
  });
});
