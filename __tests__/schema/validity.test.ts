// The allocation-free validity check must answer exactly as zod does, for the manifest schemas it
// replaces zod on, and refuse to compile what it does not know.
import fc from 'fast-check';
import { z } from 'zod';
import { defaultsSchema, manifestSchema, routeSchema } from '../../src/manifest/schema.js';
import { compileValidityCheck } from '../../src/schema/validity.js';

const anyValue = fc.oneof(
  fc.constantFrom('2026-11-01', '2026-02-30', '2026-1-01', 'official-api', 'production', 'our-account', 'generate', 'unknown', 'https://x.y', 'ftp://x', 'a-b-1', 'A B', ''),
  fc.string({ maxLength: 6 }),
  fc.boolean(),
  fc.integer(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

/** Route-shaped objects: each field valid, wrong or missing, now and then a key the schema does not know. */
const validField = {
  id: fc.constantFrom('r-1', 'route'),
  kind: fc.constantFrom('official-api', 'provider-trial'),
  stage: fc.constantFrom('production', 'demo'),
  model: fc.constantFrom('gpt-image-2', 'dall-e-3'),
  endpoint: fc.constant('https://api.openai.com/v1/images'),
  sharedKey: fc.boolean(),
  billing: fc.record({ payer: fc.constantFrom('our-account', 'end-user'), trialEnds: fc.constant('2026-12-01') }, { requiredKeys: [] }),
  limits: fc.oneof(fc.constant('50/min'), fc.array(fc.constantFrom('a', 'b'))),
  userData: fc.constantFrom(true, false, 'unknown'),
  claims: fc.array(fc.oneof(fc.constant('free'), fc.record({ text: fc.constant('x'), evidence: fc.record({ type: fc.constant('contract'), url: fc.constant('https://x') }, { requiredKeys: ['type'] }) }, { requiredKeys: ['text'] })), { maxLength: 2 }),
  tested: fc.record({ date: fc.constant('2026-11-01'), covers: fc.array(fc.constantFrom('generate', 'errors'), { maxLength: 3 }) }, { requiredKeys: [] }),
  checked: fc.constant('2026-11-01'),
};
const wrongField = fc.oneof(
  anyValue,
  fc.constantFrom<unknown>('Bad Id', 'nope', 'prod', 'not a url', 'maybe', '2026-02-30', '26-11-01', ['painting'], { payer: 'who' }, { trialEnds: '2026-13-01' }),
  fc.constantFrom<unknown>([{ text: 'x', evidence: { type: 'rumour' } }], [{ text: 'x', evidence: { type: 'contract', url: 'x' } }], [{ evidence: { type: 'contract' } }], { date: '2026-02-29' }, [1]),
);
/** A value one time in nine, else null. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
const route = fc
  .tuple(
    fc.record(
      Object.fromEntries(Object.entries(validField).map(([key, valid]) => [key, fc.oneof({ weight: 30, arbitrary: valid }, { weight: 1, arbitrary: wrongField })])),
      { requiredKeys: ['id', 'kind', 'stage'] },
    ),
    rarely(fc.tuple(fc.constantFrom('kinds', 'notes', '__proto__', 'constructor', 'toString'), anyValue)),
    rarely(fc.constantFrom('id', 'kind', 'stage')),
  )
  .map(([fields, extra, dropped]) => {
    if (extra) Object.defineProperty(fields, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    if (dropped) delete (fields as Record<string, unknown>)[dropped];
    return fields as unknown;
  });

function agrees(schema: z.ZodType, value: unknown): boolean {
  const check = compileValidityCheck(schema)!;
  return check(value) === schema.safeParse(value).success;
}

describe('compileValidityCheck', () => {
  it('compiles the manifest schemas', () => {
    for (const schema of [manifestSchema, routeSchema, defaultsSchema]) expect(compileValidityCheck(schema)).toBeInstanceOf(Function);
  });

  it('answers as zod does for generated routes, defaults and manifests', () => {
    let valid = 0;
    let validManifests = 0;
    fc.assert(
      fc.property(route, fc.array(route, { maxLength: 3 }), fc.oneof({ weight: 6, arbitrary: fc.constant<unknown>(1) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(2, '1', undefined) }), (one, many, version) => {
        expect(agrees(routeSchema, one)).toBe(true);
        expect(agrees(defaultsSchema, one)).toBe(true);
        const manifest = { version, routes: many };
        expect(agrees(manifestSchema, manifest)).toBe(true);
        if (routeSchema.safeParse(one).success) valid++;
        if (manifestSchema.safeParse(manifest).success) validManifests++;
      }),
      { numRuns: 3000 },
    );
    // Both answers occur: the property is not decided by one of them alone.
    expect(valid).toBeGreaterThan(300);
    expect(valid).toBeLessThan(2700);
    expect(validManifests).toBeGreaterThan(300);
  });

  it.each([
    ['a number', z.number()],
    ['a transform', z.string().transform((value) => value.length)],
    ['a default', z.string().default('x')],
    ['a length check', z.string().min(2)],
    ['an object with a catchall', z.object({}).catchall(z.string())],
  ])('leaves %s to zod', (_name, schema) => {
    expect(compileValidityCheck(z.object({ field: schema }))).toBeUndefined();
  });

  it('refuses an unknown key, a non-object and a missing required field, and accepts a plain object with extra keys', () => {
    const strict = compileValidityCheck(z.strictObject({ a: z.string() }))!;
    const plain = compileValidityCheck(z.object({ a: z.string() }))!;
    expect(strict({ a: 'x' })).toBe(true);
    expect(strict({ a: 'x', b: 1 })).toBe(false);
    expect(strict(['x'])).toBe(false);
    expect(strict({})).toBe(false);
    expect(plain({ a: 'x', b: 1 })).toBe(true);
  });
});
