// The pre-check that lets most text skip the key patterns must never skip a text a pattern matches.
import fc from 'fast-check';
import { findSecret, maskSecret, mightHoldSecret, redactSecrets, SECRET_PATTERNS } from '../../src/secrets/patterns.js';

const keyCharacters = fc.constantFrom(...'abcXYZ0189_-'.split(''));
const prefix = fc.constantFrom('sk-', 'sk-or-v1-', 'sk-ant-', 'sk-proj-', 'sk-svcacct-', 'sk-admin-', 'AIza', 'hf_', 'r8_', 'x', ' ');
const text = fc
  .array(fc.tuple(prefix, fc.string({ unit: keyCharacters, minLength: 15, maxLength: 45 }), fc.constantFrom('', ' ', '…', '"', '\n')), { maxLength: 4 })
  .map((parts) => parts.map((part) => part.join('')).join(''));

describe('mightHoldSecret', () => {
  it('passes every text that some key pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (value) => {
        const anyPattern = SECRET_PATTERNS.some(({ pattern }) => {
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

  it.each([
    `sk-${'a'.repeat(20)}`,
    `sk-ant-${'a'.repeat(20)}`,
    `sk-proj-${'a'.repeat(20)}`,
    `sk-or-v1-${'a'.repeat(32)}`,
    `AIza${'a'.repeat(35)}`,
    `hf_${'a'.repeat(30)}`,
    `r8_${'a'.repeat(30)}`,
  ])('passes the shortest key of each pattern: %s', (key) => {
    expect(findSecret(`"${key}"`)?.value).toBe(key);
    expect(mightHoldSecret(`"${key}"`)).toBe(true);
  });

  it('refuses a masked key, so reports that name one are not scanned again', () => {
    const key = `sk-proj-${'Ab3'.repeat(10)}`;
    expect(findSecret(`notes: ${key}`)?.value).toBe(key);
    expect(mightHoldSecret(`the value ${maskSecret(key)} looks like a key`)).toBe(false);
    expect(redactSecrets(`a ${key} b`)).not.toContain(key);
  });
});
