// `touch` edits a manifest in place: only the dates change, every other byte stays as written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readForEdit, routeIdsIn, touchManifest } from '../../src/fix/touch.js';
import { parseManifest } from '../../src/manifest/parse.js';
import { formatStaleIssue, touchNames } from '../../src/report/format-stale.js';
import type { Report } from '../../src/report/schema.js';
import type { StaleRoute } from '../../src/report/stale.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const TODAY = '2026-11-30';

// Comments everywhere, blank lines, odd key order, both quote styles, a flow mapping, trailing spaces.
const MANIFEST = [
  '# yaml-language-server: $schema=./schemas/manifest.schema.json',
  'version: 1   # the format',
  '',
  'routes:',
  '  # The official API, verified by the platform team.',
  '  - id: official',
  '    checked: "2026-09-02"  # last verified by @acme/platform',
  '    kind: official-api',
  '    stage: production',
  '    tested:',
  '      # the nightly end-to-end job',
  '      covers: [generate, edit]',
  "      date: '2026-09-01'",
  '',
  '  - stage: demo',
  '    id: trial # key on the second line',
  '    kind: provider-trial',
  '    billing: { payer: provider-credit, trigger: "credit, then card" }',
  '',
  '  - id: sketch',
  '    kind: browser-playground',
  '    checked:',
  '    tested:',
  '      covers:',
  '        - generate',
  '',
  '      # keep me',
  '    userData: false',
  '',
].join('\n');

function apply(text: string, ids: string[], tested = false) {
  const result = touchManifest(text, new Set(ids), TODAY, tested);
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

describe('touchManifest', () => {
  it('replaces a quoted checked date and keeps its quotes, the comment after it, and every other byte', () => {
    const { text, changes } = apply(MANIFEST, ['official']);
    expect(text).toBe(MANIFEST.replace('checked: "2026-09-02"', `checked: "${TODAY}"`));
    expect(changes).toEqual([{ route: 'official', field: 'checked', before: '"2026-09-02"', after: TODAY, line: 7 }]);
  });

  it('with --tested also sets tested.date, in its own quote style', () => {
    const { text, changes } = apply(MANIFEST, ['official'], true);
    expect(text).toBe(MANIFEST.replace('checked: "2026-09-02"', `checked: "${TODAY}"`).replace("date: '2026-09-01'", `date: '${TODAY}'`));
    expect(changes.map((change) => [change.field, change.line])).toEqual([
      ['checked', 7],
      ['tested.date', 13],
    ]);
  });

  it('adds a missing checked beside the id: on the line before a key alone on its line', () => {
    const { text, changes } = apply(MANIFEST, ['trial']);
    expect(text).toBe(MANIFEST.replace('    id: trial # key on the second line', `    checked: ${TODAY}\n    id: trial # key on the second line`));
    expect(changes).toEqual([{ route: 'trial', field: 'checked', before: null, after: TODAY, line: 16 }]);
  });

  it('adds a missing checked after `- id: x` (its comment stays on the id line)', () => {
    const source = 'version: 1\nroutes:\n  - id: only # the one route\n    kind: official-api\n';
    expect(apply(source, ['only']).text).toBe(`version: 1\nroutes:\n  - id: only # the one route\n    checked: ${TODAY}\n    kind: official-api\n`);
    // The id on the last line with no newline after it.
    expect(apply('routes:\n  - id: only', ['only']).text).toBe(`routes:\n  - id: only\n    checked: ${TODAY}`);
  });

  it('fills an empty `checked:` and adds tested.date before the first key of a block tested:', () => {
    const { text, changes } = apply(MANIFEST, ['sketch'], true);
    expect(text).toBe(MANIFEST.replace('    checked:\n', `    checked: ${TODAY}\n`).replace('    tested:\n      covers:\n', `    tested:\n      date: ${TODAY}\n      covers:\n`));
    expect(changes.map((change) => [change.field, change.before, change.line])).toEqual([
      ['checked', '', 22],
      ['tested.date', null, 24],
    ]);
  });

  it('puts the date before a comment on an empty `checked:`, spaced so the comment stays a comment', () => {
    const source = 'routes:\n  - id: a\n    checked:    # to do\n    kind: official-api\n';
    const { text, changes } = apply(source, ['a']);
    expect(text).toBe(`routes:\n  - id: a\n    checked:    ${TODAY} # to do\n    kind: official-api\n`);
    expect(changes).toEqual([{ route: 'a', field: 'checked', before: '', after: TODAY, line: 3 }]);
    expect(String((parseManifest('image-routes.yml', `version: 1\n${text}`).data as { routes: { checked: unknown }[] }).routes[0]!.checked)).toBe(TODAY);
  });

  it('refuses a file with a lone carriage return, which the two parsers would read differently', () => {
    expect(touchManifest('routes:\n  - id: a\n    # note\r    checked: 2026-01-01\n', new Set(['a']), TODAY, false)).toEqual({ problem: expect.stringMatching(/lone carriage return \(line 3\)/) });
  });

  it('keeps CRLF line endings, including on an added line', () => {
    const crlf = MANIFEST.replace(/\n/g, '\r\n');
    const { text } = apply(crlf, ['trial', 'official']);
    expect(text).toBe(
      crlf.replace('checked: "2026-09-02"', `checked: "${TODAY}"`).replace('    id: trial # key on the second line', `    checked: ${TODAY}\r\n    id: trial # key on the second line`),
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('gives a manifest that still parses, with the new dates', () => {
    const { text } = apply(apply(MANIFEST, ['official', 'sketch'], true).text, ['trial']);
    const manifest = parseManifest('image-routes.yml', text);
    const data = manifest.data as { routes: { id: string; checked: unknown; tested?: { date: unknown } }[] };
    expect(data.routes.map((route) => [route.id, String(route.checked), route.tested ? String(route.tested.date) : null])).toEqual([
      ['official', TODAY, TODAY],
      ['trial', TODAY, null],
      ['sketch', TODAY, TODAY],
    ]);
  });

  it('leaves routes not named alone, and changes nothing when the date is already today', () => {
    const once = apply(MANIFEST, ['official']).text;
    const twice = apply(once, ['official']);
    expect(twice.text).toBe(once);
    expect(twice.changes[0]!.before).toBe(`"${TODAY}"`);
    expect(apply(MANIFEST, ['nope']).text).toBe(MANIFEST);
  });

  it('refuses what it cannot edit without guessing, naming why', () => {
    expect(touchManifest(MANIFEST, new Set(['trial']), TODAY, true)).toEqual({ problem: expect.stringMatching(/route `trial` has no `tested:` block/) });
    expect(touchManifest('routes:\n  - { id: flow, checked: 2026-01-01 }\n', new Set(['flow']), TODAY, false)).toEqual({ problem: expect.stringMatching(/flow style/) });
    expect(touchManifest('routes:\n  - id: a\n    checked: |\n      2026-01-01\n', new Set(['a']), TODAY, false)).toEqual({ problem: expect.stringMatching(/block scalar/) });
    expect(touchManifest('routes:\n  - id: a\n    checked: [2026-01-01]\n', new Set(['a']), TODAY, false)).toEqual({ problem: expect.stringMatching(/not a single value/) });
    expect(touchManifest('routes:\n  - id: a\n  - id: a\n    id: b\n', new Set(['a']), TODAY, false)).toEqual({ problem: expect.stringMatching(/does not parse as YAML/) });
    expect(touchManifest('version: 1\n', new Set(['a']), TODAY, false)).toEqual({ problem: 'it has no `routes:` list' });
  });

  it('reads route ids with the same parser, ignoring ids nested elsewhere', () => {
    expect([...routeIdsIn(readForEdit(MANIFEST))]).toEqual(['official', 'trial', 'sketch']);
    expect([...routeIdsIn(readForEdit('routes:\n  - id: a\n    claims:\n      - id: not-a-route\n'))]).toEqual(['a']);
    expect(routeIdsIn(readForEdit('routes: ['))).toEqual(new Set());
  });
});

describe('the touch command the stale listing and tracking issue give', () => {
  const stale = (id: string, file: string, keyOwner: string | null): StaleRoute => ({ id, file, line: 3, keyOwner, checked: '2026-01-01', staleOn: '2026-02-01', trialEnds: null, reasons: ['stale'] });

  it('names a route by id, or by FILE:ID when another manifest uses the same id', () => {
    expect(touchNames([stale('a', 'x/image-routes.yml', null), stale('b', 'x/image-routes.yml', null), stale('a', 'y/image-routes.yml', null)])).toEqual(['x/image-routes.yml:a', 'b', 'y/image-routes.yml:a']);
  });

  it('gives each key owner one command, escaped; routes without an owner last', () => {
    const report = { today: TODAY } as Report;
    const { body } = formatStaleIssue(report, [stale('a', 'image-routes.yml', null), stale('b', 'image-routes.yml', '@acme/x <b>'), stale('c', 'image-routes.yml', '@acme/x <b>')], { withinDays: 14 });
    const section = body.slice(body.indexOf('### After re-verifying'), body.indexOf('```mermaid'));
    const items = section.split('\n').filter((line) => line.startsWith('- '));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^- .*acme\/x.*: <code>image-route-policy touch b c<\/code>$/);
    expect(items[0]).not.toContain('<b>');
    expect(items[0]).not.toMatch(/(^|[^`\\])@acme/);
    expect(items[1]).toBe('- No key owner recorded: <code>image-route-policy touch a</code>');
  });
});

describe('image-route-policy touch (the bundled CLI)', () => {
  const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeRepository));
  const run = (cwd: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'touch', '--today', TODAY, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const repository = (files: Record<string, string>) => {
    const root = makeRepository(files);
    roots.push(root);
    return root;
  };

  it('edits the manifest that holds the route, byte for byte, keeping a byte-order mark, and prints what changed', () => {
    const root = repository({ 'image-routes.yml': `\uFEFF${MANIFEST}`, 'other/image-routes.yml': 'version: 1\nroutes:\n  - id: elsewhere\n    checked: 2026-01-01\n' });
    const result = run(root, 'official', '--tested');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`image-routes.yml:7: official: checked "2026-09-02" → ${TODAY}\nimage-routes.yml:13: official: tested.date '2026-09-01' → ${TODAY}\n`);
    const expected = `\uFEFF${MANIFEST}`.replace('checked: "2026-09-02"', `checked: "${TODAY}"`).replace("date: '2026-09-01'", `date: '${TODAY}'`);
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'))).toEqual(Buffer.from(expected, 'utf8'));
    expect(fs.readFileSync(path.join(root, 'other/image-routes.yml'), 'utf8')).toContain('checked: 2026-01-01');
  });

  it('asks which manifest when two use the same id, and takes FILE:ROUTE', () => {
    const twin = 'version: 1\nroutes:\n  - id: twin\n    checked: 2026-01-01\n';
    const root = repository({ 'a/image-routes.yml': twin, 'b/image-routes.yml': twin });
    const ambiguous = run(root, 'twin');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/route `twin` is in a\/image-routes.yml and b\/image-routes.yml: name the one you verified, e\.g\. `a\/image-routes.yml:twin`/);
    const named = run(root, 'b/image-routes.yml:twin');
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(`b/image-routes.yml:4: twin: checked 2026-01-01 → ${TODAY}\n`);
    expect(fs.readFileSync(path.join(root, 'a/image-routes.yml'), 'utf8')).toBe(twin);
  });

  it('writes nothing when any route is unknown or cannot be edited, with exit 2 and a suggestion', () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const unknown = run(root, 'official', 'oficial');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no route `oficial`; did you mean `official`\? \(3 routes in 1 manifest\)/);
    const untested = run(root, 'official', 'trial', '--tested');
    expect(untested.code).toBe(2);
    expect(untested.stderr).toMatch(/image-routes.yml: nothing was changed: route `trial` has no `tested:` block/);
    expect(run(root).stderr).toMatch(/needs the id of at least one route/);
    expect(run(root, 'Not_An_Id').stderr).toMatch(/is not a route id/);
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(MANIFEST);
  });

  it('names the manifests it could not read when a route is not found', () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    fs.writeFileSync(path.join(root, 'sub-image-routes.yml'), 'x');
    fs.mkdirSync(path.join(root, 'latin1'));
    fs.writeFileSync(path.join(root, 'latin1/image-routes.yml'), Buffer.from('routes:\n  - id: caf\xe9\n', 'latin1'));
    const result = run(root, 'lost');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no route `lost` \(3 routes in 1 manifest; not read: latin1\/image-routes.yml the file is not valid UTF-8/);
  });

  it('does not edit a manifest that links outside the repository', () => {
    const outside = repository({ 'image-routes.yml': 'version: 1\nroutes:\n  - id: outside\n    checked: 2026-01-01\n' });
    const root = repository({});
    fs.symlinkSync(path.join(outside, 'image-routes.yml'), path.join(root, 'image-routes.yml'));
    const result = run(root, 'outside');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no route `outside`/);
    expect(fs.readFileSync(path.join(outside, 'image-routes.yml'), 'utf8')).toContain('checked: 2026-01-01');
  });
});
