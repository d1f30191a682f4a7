// `check --changed FILE ...` (what the pre-commit hook runs): the whole repository is judged, and only
// the findings located in the given files are reported, counted and decide the exit code.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { temporaryRepositories } from '../helpers/repo.js';
import { CLEAN_MANIFEST, TIED_SOURCE, TODAY, UNDECLARED_AT, UNDECLARED_SOURCE } from '../helpers/routes-from-code.js';

const repository = temporaryRepositories();

async function check(args: readonly string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['check', '--today', TODAY, ...args], {
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr, report: () => JSON.parse(stdout) };
}

/** The manifest without a billing trigger: a `billing-trigger-missing` error at the route's id (line 3). */
const triggerless = CLEAN_MANIFEST.replace(/^ *trigger: .*\n/m, '');

const project = () =>
  repository({
    'image-routes.yml': triggerless,
    'src/hero.ts': TIED_SOURCE,
    'src/thumbnails.ts': UNDECLARED_SOURCE,
    // Not JSON, but with a provider's host in it: read, and a notice.
    'notebooks/broken.ipynb': 'not json: https://api.openai.com/v1/images/generations',
  });

describe('check --changed', () => {
  it('fails on a finding in a given file, at its line and column, and counts only that one', async () => {
    const result = await check(['--changed', 'src/thumbnails.ts', '--format', 'json'], project());
    expect(result.code).toBe(1);
    const report = result.report();
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'route-undeclared', file: 'src/thumbnails.ts', ...UNDECLARED_AT, severity: 'error', status: 'open' })]);
    expect(report.passed).toBe(false);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0, routes: 1, callSites: 2 });
  });

  it('is silent about findings in the files not given, and passes', async () => {
    const root = project();
    // The whole repository has two errors, neither in src/hero.ts.
    const whole = await check(['--format', 'json'], root);
    expect(whole.report().findings.map((finding: { rule: string; file: string }) => `${finding.rule} ${finding.file}`)).toEqual([
      'billing-trigger-missing image-routes.yml',
      'route-undeclared src/thumbnails.ts',
    ]);
    const result = await check(['--changed', 'src/hero.ts'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✔ 0 errors, 0 warnings, 0 notices, 0 waived in 1 route (1 manifest), 2 call sites in the source\n');
    // The notice about the notebook that is not JSON concerns a file not given.
    expect(result.stderr).toBe('');
  });

  it('ties a call in a given file to a route of a manifest not given (without --changed it is undeclared)', async () => {
    const root = project();
    const alone = await check(['src/hero.ts', '--format', 'json'], root);
    expect(alone.report().findings).toEqual([expect.objectContaining({ rule: 'route-undeclared', file: 'src/hero.ts' })]);
    const changed = await check(['--changed', 'src/hero.ts', '--format', 'json'], root);
    expect(changed.report().findings).toEqual([]);
    expect(changed.report().callSites).toContainEqual(expect.objectContaining({ file: 'src/hero.ts', route: 'storefront-hero', tiedBy: 'model' }));
  });

  it("reports a given manifest's findings, judged against the whole tree's code", async () => {
    const root = repository({ 'image-routes.yml': triggerless, 'src/other.ts': 'export const x = 1;\n' });
    const result = await check(['--changed', 'image-routes.yml', '--format', 'json'], root);
    expect(result.code).toBe(1);
    // No code anywhere calls the route: only a whole-tree scan may say so (`check image-routes.yml` cannot).
    expect(result.report().findings.map((finding: { rule: string }) => finding.rule)).toEqual(['billing-trigger-missing', 'route-unused']);
    const named = await check(['image-routes.yml', '--format', 'json'], root);
    expect(named.report().findings.map((finding: { rule: string }) => finding.rule)).toEqual(['billing-trigger-missing']);
  });

  it('skips a given path that no longer exists (a deleted file), where plain check is a usage error', async () => {
    const root = project();
    const result = await check(['--changed', 'src/deleted.ts', 'src/hero.ts'], root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const plain = await check(['src/deleted.ts'], root);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('no such file or folder: src/deleted.ts');
  });

  it('reads the given paths relative to the current folder and reports repository paths', async () => {
    const root = project();
    const result = await check(['--changed', 'thumbnails.ts', '../image-routes.yml', '--format', 'json'], path.join(root, 'src'));
    expect(result.code).toBe(1);
    expect(result.report().findings.map((finding: { rule: string; file: string; line: number }) => `${finding.file}:${finding.line} ${finding.rule}`)).toEqual([
      'image-routes.yml:3 billing-trigger-missing',
      `src/thumbnails.ts:${UNDECLARED_AT.line} route-undeclared`,
    ]);
  });

  it('reads --policy relative to the current folder, though the run starts at the root', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'team-policy.yml'), 'version: 1\nextends: [recommended]\nrules:\n  route-undeclared: warning\n');
    const result = await check(['--changed', 'thumbnails.ts', '--policy', '../team-policy.yml', '--format', 'json'], path.join(root, 'src'));
    expect(result.code).toBe(0);
    expect(result.report().policy.sources).toEqual(['recommended', 'team-policy.yml']);
    expect(result.report().findings).toEqual([expect.objectContaining({ rule: 'route-undeclared', severity: 'warning' })]);
  });

  it('prints the scan notices of the given files only', async () => {
    const result = await check(['--changed', 'notebooks/broken.ipynb'], project());
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('image-route-policy: notebooks/broken.ipynb:1:1: is not a Jupyter notebook (not JSON with `cells`): skipped\n');
  });

  it('with no file given, reports nothing and passes', async () => {
    const result = await check(['--changed', '--format', 'json'], project());
    expect(result.code).toBe(0);
    expect(result.report()).toMatchObject({ passed: true, findings: [], summary: { errors: 0 } });
  });

  it('is an option of check only, and documented in its help', async () => {
    const scan = await runCli(['scan', '--changed'], { cwd: project(), env: {}, stdout: { write: () => true }, stderr: { write: () => true } });
    expect(scan).toBe(2);
    let help = '';
    await runCli(['check', '--help'], { cwd: project(), env: {}, stdout: { write: (text: string) => (help += text) }, stderr: { write: () => true } });
    expect(help).toMatch(/--changed +judge the whole repository; report only findings in the given FILEs/);
  });
});
