// Safe fixes: a misspelt key or enum value with exactly one close match, carried by the finding
// (JSON `fix`, SARIF `fixes`) and applied in place by `fix`, leaving every other byte as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Log } from 'sarif';
import { applyEdits, lineDiff } from '../../src/fix/apply.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { formatMarkdown } from '../../src/report/format-markdown.js';
import { formatSarif } from '../../src/report/format-sarif.js';
import { runCheck } from '../../src/run.js';
import { onlyMatch } from '../../src/text/words.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const TODAY = '2026-11-30';
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepository));
const repository = (files: Record<string, string>) => {
  const root = makeRepository(files);
  roots.push(root);
  return root;
};

// Misspellings among comments, a quoted key, a value with a comment after it.
const MISSPELT = [
  '# Routes of the storefront.   ',
  'version: 1',
  '',
  'routes:',
  '  - id: sketch # the design team',
  '    kind: browser-playgrond   # typo in the value',
  '    stage: exploration',
  '    keyowner: "@acme/design"',
  '    "secretref": none',
  '    billing: { payer: provider-credit, trigger: free credits then the plan }',
  '    userData: false',
  '    checked: 2026-11-20',
  '',
].join('\n');
const FIXED = MISSPELT.replace('browser-playgrond', 'browser-playground').replace('keyowner:', 'keyOwner:').replace('"secretref"', '"secretRef"');

async function findingsOf(text: string) {
  const root = repository({ 'image-routes.yml': text });
  const { report } = await runCheck({ cwd: root, today: TODAY, scan: false });
  return report.findings.filter((finding) => finding.rule === 'manifest-invalid');
}

describe('the fix a finding carries', () => {
  it('replaces exactly the misspelt word, keeping its quotes, at the finding line and column', async () => {
    const findings = await findingsOf(MISSPELT);
    expect(findings.map((finding) => [finding.line, finding.column, finding.fix])).toEqual([
      [6, 11, { safe: true, description: 'write `browser-playground`', edits: [{ file: 'image-routes.yml', line: 6, column: 11, endLine: 6, endColumn: 28, text: 'browser-playground' }] }],
      [8, 5, { safe: true, description: 'rename the key `keyowner` to `keyOwner`', edits: [{ file: 'image-routes.yml', line: 8, column: 5, endLine: 8, endColumn: 13, text: 'keyOwner' }] }],
      [9, 5, { safe: true, description: 'rename the key `secretref` to `secretRef`', edits: [{ file: 'image-routes.yml', line: 9, column: 5, endLine: 9, endColumn: 16, text: '"secretRef"' }] }],
    ]);
  });

  it('has no fix where a person must choose or a rename would break the file', async () => {
    const routeWith = (line: string) => MISSPELT.replace('    keyowner: "@acme/design"', `    keyOwner: "@acme/design"\n${line}`).replace('browser-playgrond', 'browser-playground').replace('"secretref"', 'secretRef');
    // No close key at all, a key whose correct spelling is already there, a value too far from any.
    for (const line of ['    mod: gpt-image-2', '    keyowner: "@acme/other"']) {
      const [finding] = await findingsOf(routeWith(line));
      expect(finding).toBeDefined();
      expect(finding!.fix).toBeUndefined();
    }
    const [far] = await findingsOf(MISSPELT.replace('keyowner', 'keyOwner').replace('"secretref"', 'secretRef').replace('browser-playgrond', 'playground-of-sorts'));
    expect(far!.message).toMatch(/kind/);
    expect(far!.fix).toBeUndefined();
  });

  it('has no fix when two misspelt keys would both become the same key', async () => {
    const findings = await findingsOf(MISSPELT.replace('    keyowner: "@acme/design"', '    keyowner: "@acme/design"\n    keyOwnr: "@acme/other"').replace('browser-playgrond', 'browser-playground'));
    const keys = findings.filter((finding) => /unknown key `key/.test(finding.message));
    expect(keys).toHaveLength(2);
    expect(keys.map((finding) => finding.fix)).toEqual([undefined, undefined]);
  });

  it('edits the right line of a file with lone carriage returns (lines break where the parser breaks them)', async () => {
    const root = repository({ 'image-routes.yml': `# routes\r# owned by platform\n${MISSPELT.replace('# Routes of the storefront.   \n', '')}` });
    const { report } = await runCheck({ cwd: root, today: TODAY, scan: false });
    const text = fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8');
    const edits = report.findings.flatMap((finding) => finding.fix?.edits ?? []);
    const fixed = applyEdits(text, edits).text;
    expect(fixed).toBe(text.replace('browser-playgrond', 'browser-playground').replace('keyowner:', 'keyOwner:').replace('"secretref"', '"secretRef"'));
  });

  it('takes only a match no other candidate ties with', () => {
    expect(onlyMatch('keyowner', ['keyOwner', 'secretRef'])).toBe('keyOwner');
    expect(onlyMatch('mode', ['model', 'modes'])).toBeUndefined();
    expect(onlyMatch('modl', ['model', 'mode'])).toBeUndefined();
    expect(onlyMatch('stag', ['stage', 'kind'])).toBe('stage');
    expect(onlyMatch('x', ['stage'])).toBeUndefined();
  });

  it('becomes a SARIF fix with the same region', async () => {
    const root = repository({ 'image-routes.yml': MISSPELT });
    const { report } = await runCheck({ cwd: root, today: TODAY, scan: false });
    const log = JSON.parse(formatSarif(report)) as Log;
    const withFixes = log.runs[0]!.results!.filter((result) => result.fixes);
    expect(withFixes).toHaveLength(3);
    expect(withFixes[1]!.fixes).toEqual([
      {
        description: { text: 'rename the key `keyowner` to `keyOwner`' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'image-routes.yml', uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { startLine: 8, startColumn: 5, endLine: 8, endColumn: 13 }, insertedContent: { text: 'keyOwner' } }],
          },
        ],
      },
    ]);
    expect(log.runs[0]!.results!.filter((result) => result.ruleId !== 'manifest-invalid').every((result) => result.fixes === undefined)).toBe(true);
  });
});

describe('suggestions: a retired model and the one model its vendor advises', () => {
  const official = (model: string) =>
    [
      'version: 1',
      'routes:',
      '  - id: images # production images',
      '    kind: official-api',
      '    stage: production',
      '    provider: openai',
      `    model: "${model}"   # pinned`,
      '    keyOwner: "@acme/platform"',
      '',
    ].join('\n');

  it('carries a suggestion (safe: false) only where the vendor advises exactly one model', async () => {
    const root = repository({ 'image-routes.yml': official('dall-e-3'), 'two/image-routes.yml': official('gpt-image-1.5').replace('id: images', 'id: two') });
    const { report } = await runCheck({ cwd: root, today: TODAY, scan: false });
    const retired = report.findings.filter((finding) => finding.rule === 'model-retired');
    expect(retired.map((finding) => [finding.file, finding.line, finding.column, finding.fix])).toEqual([
      ['image-routes.yml', 7, 12, { safe: false, description: 'replace `dall-e-3` with `gpt-image-2.5-sunburst`, which OpenAI advises', edits: [{ file: 'image-routes.yml', line: 7, column: 12, endLine: 7, endColumn: 22, text: '"gpt-image-2.5-sunburst"' }] }],
      ['two/image-routes.yml', 7, 12, undefined],
    ]);
    const sarifResults = (JSON.parse(formatSarif(report)) as Log).runs[0]!.results!.filter((result) => result.ruleId === 'model-retired');
    expect(sarifResults.map((result) => result.fixes?.[0]?.description?.text)).toEqual(['suggestion: replace `dall-e-3` with `gpt-image-2.5-sunburst`, which OpenAI advises', undefined]);
    expect(formatMarkdown(report)).toContain('<br>Suggestion: replace <code>dall-e-3</code> with <code>gpt-image-2.5-sunburst</code>, which OpenAI advises with <code>image-route-policy fix --suggestions</code>');
  });

  it('is applied only with --suggestions', () => {
    const root = repository({ 'image-routes.yml': official('dall-e-3') });
    const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');
    const plain = spawnSync(process.execPath, [CLI, 'fix', '--today', TODAY], { cwd: root, encoding: 'utf8' });
    expect(plain.stderr).toMatch(/nothing to fix: no open finding has a safe fix; 1 suggestion \(a retired model's replacement\) apply with --suggestions/);
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(official('dall-e-3'));
    const applied = spawnSync(process.execPath, [CLI, 'fix', '--suggestions', '--today', TODAY], { cwd: root, encoding: 'utf8' });
    expect(applied.status).toBe(0);
    expect(applied.stdout).toBe('image-routes.yml:7:12: replace `dall-e-3` with `gpt-image-2.5-sunburst`, which OpenAI advises\n');
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(official('gpt-image-2.5-sunburst'));
  });
});

describe('the fix in the other outputs', () => {
  it('is valid against the published report schema, and the comment shows the command on the fixable rows only', async () => {
    const root = repository({ 'image-routes.yml': MISSPELT.replace('    stage: exploration', '    stage: exploration\n    mod: gpt-image-2') });
    const { report } = await runCheck({ cwd: root, today: TODAY, scan: false });
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas/report.schema.json'), 'utf8')));
    expect(validate(JSON.parse(JSON.stringify(report)))).toBe(true);
    const rows = formatMarkdown(report).split('\n').filter((line) => line.includes('manifest-invalid'));
    expect(rows).toHaveLength(4);
    expect(rows.filter((line) => line.includes('<br>Fix: rename the key <code>keyowner</code> to <code>keyOwner</code> with <code>image-route-policy fix</code>'))).toHaveLength(1);
    expect(rows.find((line) => line.includes('<code>mod</code>'))).not.toContain('Fix:');
  });
});

describe('applyEdits', () => {
  it('applies edits by line and column, and leaves out one that overlaps another', () => {
    const text = 'ab\ncdef\ngh';
    const result = applyEdits(text, [
      { line: 2, column: 2, endLine: 2, endColumn: 4, text: 'XY' },
      { line: 2, column: 3, endLine: 2, endColumn: 5, text: 'no' },
      { line: 1, column: 1, endLine: 1, endColumn: 2, text: 'A' },
    ]);
    expect(result.text).toBe('Ab\ncXYf\ngh');
    expect(result.skipped).toEqual([{ line: 2, column: 3, endLine: 2, endColumn: 5, text: 'no' }]);
    expect(applyEdits(text, [{ line: 9, column: 1, endLine: 9, endColumn: 2, text: 'z' }]).applied).toEqual([]);
    expect(lineDiff('f.yml', text, result.text)).toBe('--- a/f.yml\n+++ b/f.yml\n@@ -1 +1 @@\n-ab\n+Ab\n@@ -2 +2 @@\n-cdef\n+cXYf\n');
  });
});

describe('image-route-policy fix (the bundled CLI)', () => {
  const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');
  const run = (cwd: string, ...args: string[]) => {
    const result = spawnSync(process.execPath, [CLI, 'fix', '--today', TODAY, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('--dry-run prints the diff and writes nothing; fix then changes only the misspelt words, CRLF and all', () => {
    const crlf = MISSPELT.replace(/\n/g, '\r\n');
    const root = repository({ 'image-routes.yml': crlf, 'clean/image-routes.yml': FIXED.replace('id: sketch', 'id: other') });
    const dry = run(root, '--dry-run');
    expect(dry.code).toBe(0);
    // Printed for a terminal: control characters (the CR of CRLF too) are not passed through.
    expect(dry.stdout).toBe(
      '--- a/image-routes.yml\n+++ b/image-routes.yml\n' +
        '@@ -6 +6 @@\n-    kind: browser-playgrond   # typo in the value\n+    kind: browser-playground   # typo in the value\n' +
        '@@ -8 +8 @@\n-    keyowner: "@acme/design"\n+    keyOwner: "@acme/design"\n' +
        '@@ -9 +9 @@\n-    "secretref": none\n+    "secretRef": none\n',
    );
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(crlf);

    const applied = run(root);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toBe('image-routes.yml:6:11: write `browser-playground`\nimage-routes.yml:8:5: rename the key `keyowner` to `keyOwner`\nimage-routes.yml:9:5: rename the key `secretref` to `secretRef`\n');
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'))).toEqual(Buffer.from(FIXED.replace(/\n/g, '\r\n')));
    // The fixed manifest checks clean, and a second fix has nothing left to do.
    expect(spawnSync(process.execPath, [CLI, 'check', '--no-scan', '--today', TODAY], { cwd: root, encoding: 'utf8' }).status).toBe(0);
    const again = run(root);
    expect(again.stderr).toMatch(/nothing to fix/);
    expect(again.stdout).toBe('');
  });

  it('fixes only the paths it is given', () => {
    const root = repository({ 'a/image-routes.yml': MISSPELT, 'b/image-routes.yml': MISSPELT });
    expect(run(root, 'a').code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'a/image-routes.yml'), 'utf8')).toBe(FIXED);
    expect(fs.readFileSync(path.join(root, 'b/image-routes.yml'), 'utf8')).toBe(MISSPELT);
  });
});
