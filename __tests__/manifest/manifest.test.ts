import fs from 'node:fs';
import path from 'node:path';
import { evaluate } from '../../src/engine/evaluate.js';
import { discoverManifests, loadManifests, UsageError } from '../../src/manifest/discover.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { manifestSchema } from '../../src/manifest/schema.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { defaultPolicy } from '../../src/policy/defaults.js';
import type { Finding } from '../../src/report/schema.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';
import { TODAY, yaml } from '../helpers/rule-tester.js';

const policy = defaultPolicy(loadBuiltinCatalogs());
const invalid = (findings: Finding[]) =>
  findings.filter((finding) => finding.rule === 'manifest-invalid').map(({ line, column, field, route, message }) => ({ line, column, field, route, message }));

function check(files: Record<string, string>): Finding[] {
  const manifests = Object.entries(files).map(([file, text]) => parseManifest(file, text));
  return evaluate(manifests, null, policy, TODAY).findings;
}

const route = yaml`
  version: 1
  routes:
    - id: good
      kind: official-api
      stage: exploration
      keyOwner: "@acme/platform"
      billing: { payer: our-account, trigger: each image }
      checked: 2026-11-20
`;

describe('manifest-invalid findings are located', () => {
  it.each([
    ['an unknown key, with a suggestion', route.replace('keyOwner:', 'keyowner:'), { line: 6, column: 5, field: 'keyowner', message: 'unknown key `keyowner`; did you mean `keyOwner`?' }],
    ['a bad enum, with a suggestion', route.replace('stage: exploration', 'stage: prodution'), { line: 5, column: 12, field: 'stage', message: 'did you mean `production`?' }],
    ['an impossible date', route.replace('checked: 2026-11-20', 'checked: 2026-02-30'), { line: 8, column: 14, field: 'checked', message: '`checked` is not a real calendar day' }],
    ['a wrong type', route.replace('keyOwner: "@acme/platform"', 'keyOwner: [a, b]'), { line: 6, column: 15, field: 'keyOwner', message: 'must be a string, not a list' }],
    ['a bad route id', route.replace('id: good', 'id: Not_Good'), { line: 3, column: 9, field: 'id', message: 'lower-case letters' }],
    ['a missing required field, at the route id', route.replace('    kind: official-api\n', ''), { line: 3, column: 5, field: 'kind', message: '`kind` is required' }],
    ['a merge key', route.replace('    stage: exploration\n', '    stage: exploration\n    <<: {}\n'), { line: 6, column: 5, field: '<<', message: 'merge keys (<<) are not allowed' }],
    ['a wrong version', route.replace('version: 1', 'version: 2'), { line: 1, column: 10, field: 'version', message: '`version` must be 1' }],
  ])('%s', (_name, text, expected) => {
    const [found] = invalid(check({ 'image-routes.yml': text }));
    expect(found).toMatchObject({ line: expected.line, column: expected.column, field: expected.field });
    expect(found!.message).toContain(expected.message);
  });

  it('reports a file that does not parse at the place it breaks, with no route', () => {
    expect(invalid(check({ 'image-routes.yml': 'version: 1\nroutes:\n  - id: a\n   kind: x\n' }))).toEqual([
      expect.objectContaining({ line: 4, route: null, field: null, message: expect.stringContaining('invalid YAML') }),
    ]);
  });

  it('reports an empty file', () => {
    expect(invalid(check({ 'image-routes.yml': '' }))[0]).toMatchObject({ line: 1, column: 1, message: expect.stringContaining('empty') });
  });

  it('still judges a route by the rules after removing the field that broke the format', () => {
    const findings = check({ 'image-routes.yml': route.replace('checked: 2026-11-20', 'checked: 2026-02-30') });
    expect(findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['manifest-invalid', 'checked-date-missing']));
  });

  it('keeps checking the other files when one is broken', () => {
    const findings = check({ 'a/image-routes.yml': 'version: 1\nroutes: [\n', 'b/image-routes.yml': route.replace('keyOwner: "@acme/platform"', 'keyOwner: unknown') });
    expect(findings.filter((finding) => finding.file === 'b/image-routes.yml').map((finding) => finding.rule)).toContain('key-owner-missing');
    expect(findings.filter((finding) => finding.file === 'a/image-routes.yml').map((finding) => finding.rule)).toEqual(['manifest-invalid']);
  });

  it('rejects a route id declared in two files, naming the first', () => {
    expect(invalid(check({ 'a/image-routes.yml': route, 'b/image-routes.yml': route }))).toEqual([
      { line: 3, column: 9, field: 'id', route: 'good', message: 'route id `good` is already declared at a/image-routes.yml:3; ids must be unique across the repository' },
    ]);
  });

  it('applies defaults to routes that do not set a field, and says so in messages', () => {
    const text = yaml`
      version: 1
      defaults:
        keyOwner: unknown
      routes:
        - id: a
          kind: official-api
          stage: exploration
          billing: { payer: our-account, trigger: each image }
          checked: 2026-11-20
        - id: b
          kind: official-api
          stage: exploration
          keyOwner: "@acme/x"
          billing: { payer: our-account, trigger: each image }
          checked: 2026-11-20
    `;
    const owners = check({ 'image-routes.yml': text }).filter((finding) => finding.rule === 'key-owner-missing');
    expect(owners).toEqual([expect.objectContaining({ route: 'a', line: 5, column: 5, message: expect.stringContaining('(inherited from `defaults`)') })]);
  });

  it('reports a bad default once, at `defaults`', () => {
    const text = route.replace('routes:', 'defaults:\n  consent: maybe\nroutes:');
    expect(invalid(check({ 'image-routes.yml': text }))).toEqual([expect.objectContaining({ line: 3, column: 12, field: 'defaults.consent' })]);
  });

  it('never echoes a secret in a format message', () => {
    const key = `sk-proj-${'Q'.repeat(48)}`;
    const findings = check({ 'image-routes.yml': route.replace('stage: exploration', `stage: "${key}"`) });
    expect(JSON.stringify(findings)).not.toContain(key);
  });
});

describe('discovery', () => {
  let root: string;
  beforeAll(() => {
    root = makeRepository({
      'image-routes.yml': route,
      'packages/web/image-routes.yaml': route.replace('id: good', 'id: web'),
      'node_modules/lib/image-routes.yml': 'not: checked',
      'labs/x/routes.yml': route.replace('id: good', 'id: lab'),
    });
    fs.mkdirSync(path.join(root, 'weird/image-routes.yml'), { recursive: true });
    fs.symlinkSync(path.join(root, 'missing-target.yml'), path.join(root, 'dangling/image-routes.yml'.replace('dangling/', '')) + '.link', 'file');
    fs.mkdirSync(path.join(root, 'loop'));
    fs.symlinkSync(path.join(root, 'loop'), path.join(root, 'loop/self'));
    fs.mkdirSync(path.join(root, 'dangling'));
    fs.symlinkSync(path.join(root, 'nowhere.yml'), path.join(root, 'dangling/image-routes.yml'));
  });
  afterAll(() => removeRepository(root));

  const files = (patterns?: string[]) => loadManifests(root, discoverManifests(root, patterns)).map((manifest) => manifest.file);

  it('finds every manifest, skipping node_modules, without following folder links', () => {
    expect(files()).toEqual(['dangling/image-routes.yml', 'image-routes.yml', 'packages/web/image-routes.yaml', 'weird/image-routes.yml']);
  });

  it('turns folders named like manifests and dangling links into located problems', () => {
    const manifests = loadManifests(root, discoverManifests(root));
    const problems = Object.fromEntries(manifests.map((manifest) => [manifest.file, manifest.problems.map((problem) => problem.message)]));
    expect(problems['weird/image-routes.yml']).toEqual(['is a folder, not a manifest file']);
    expect(problems['dangling/image-routes.yml']![0]).toContain('does not exist');
  });

  it('takes globs (any file name) and folders', () => {
    expect(files(['labs/**/*.yml'])).toEqual(['labs/x/routes.yml']);
    expect(files(['packages'])).toEqual(['packages/web/image-routes.yaml']);
  });

  it('is a usage error for a path that does not exist', () => {
    expect(() => discoverManifests(root, ['nope'])).toThrow(UsageError);
  });

  it('reports non-UTF-8 bytes and oversized files without reading them as YAML', () => {
    fs.writeFileSync(path.join(root, 'latin1.yml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const [manifest] = loadManifests(root, discoverManifests(root, ['latin1.yml']));
    expect(manifest!.problems[0]!.message).toContain('not valid UTF-8');
  });
});

describe('a valid manifest is its own validated value', () => {
  // parseManifest keeps the parsed document instead of zod's copy: that is only right while the
  // schema neither transforms nor fills in values.
  it('zod returns a value equal to its input for every bundled example', () => {
    const examples = path.join(PROJECT_ROOT, 'examples');
    const manifests = loadManifests(examples, discoverManifests(examples)).filter((manifest) => manifest.problems.length === 0);
    expect(manifests.length).toBeGreaterThan(0);
    for (const manifest of manifests) expect(manifestSchema.parse(manifest.data)).toEqual(manifest.data);
  });
});
