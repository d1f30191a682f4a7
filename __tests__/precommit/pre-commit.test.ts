// The pre-commit hook (.pre-commit-hooks.yaml) run by the real pre-commit tool through real `git commit`s:
// a hook repository holding the hook file and the bundled CLI, and user repositories that install it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { MANIFEST_NAMES } from '../../src/manifest/discover.js';
import { languageOf } from '../../src/scan/source.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { removeRepository, writeFiles } from '../helpers/repo.js';
import { CLEAN_MANIFEST, TIED_SOURCE, TODAY, UNDECLARED_AT, UNDECLARED_SOURCE } from '../helpers/routes-from-code.js';

let base = '';
let hookRepository = '';
let hookRevision = '';
let env: Record<string, string> = {};

function run(command: string, args: readonly string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  if (result.error) throw result.error;
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A setup step that must succeed. */
function must(command: string, args: readonly string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.code}):\n${result.output}`);
  return result.output;
}

function gitRepository(name: string): string {
  const root = path.join(base, name);
  fs.mkdirSync(root);
  must('git', ['init', '-q'], root);
  must('git', ['config', 'user.name', 'Hook Test'], root);
  must('git', ['config', 'user.email', 'hook-test@example.com'], root);
  must('git', ['config', 'commit.gpgsign', 'false'], root);
  return root;
}

const commitCount = (root: string): number => Number(must('git', ['rev-list', '--count', '--all'], root).trim() || '0');

/**
 * A user repository with the hook installed (`pre-commit install`), the given files written; with
 * `commit`, they are committed through the hook first (and that commit must pass).
 */
function userRepository(name: string, files: Record<string, string>, commit = true): string {
  const root = gitRepository(name);
  const config = [
    'repos:',
    `  - repo: ${hookRepository}`,
    `    rev: ${hookRevision}`,
    '    hooks:',
    // --today keeps the dates of the manifest from going stale as the calendar moves on.
    `      - { id: image-route-policy, args: [--today, "${TODAY}"] }`,
    '',
  ].join('\n');
  writeFiles(root, { '.pre-commit-config.yaml': config, ...files });
  must('pre-commit', ['install'], root);
  if (commit) {
    must('git', ['add', '-A'], root);
    must('git', ['commit', '-q', '-m', 'initial'], root);
  }
  return root;
}

/** The bundled CLI run directly in a user repository (what the hook's judgment is compared to). */
const cli = (args: readonly string[], cwd: string) => run(process.execPath, [path.join(PROJECT_ROOT, 'dist/cli.js'), ...args, '--today', TODAY], cwd);

beforeAll(() => {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('pre-commit is not installed: these tests run the real tool. Install it (`apt-get install -y pre-commit`, as .ci/run does, or `pipx install pre-commit`).');
  }
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-pre-commit-'));
  env = {
    PATH: process.env.PATH ?? '',
    HOME: base,
    PRE_COMMIT_HOME: path.join(base, 'cache'),
    PRE_COMMIT_COLOR: 'never',
    NO_COLOR: '1',
    GIT_CONFIG_NOSYSTEM: '1',
  };
  // The hook repository: what a user's pre-commit clones at the pinned revision.
  hookRepository = gitRepository('hook');
  fs.copyFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), path.join(hookRepository, '.pre-commit-hooks.yaml'));
  fs.mkdirSync(path.join(hookRepository, 'dist'));
  fs.copyFileSync(path.join(PROJECT_ROOT, 'dist/cli.js'), path.join(hookRepository, 'dist/cli.js'));
  fs.chmodSync(path.join(hookRepository, 'dist/cli.js'), 0o755);
  must('git', ['add', '-A'], hookRepository);
  must('git', ['commit', '-q', '-m', 'hook'], hookRepository);
  hookRevision = must('git', ['rev-parse', 'HEAD'], hookRepository).trim();
});

afterAll(() => {
  if (base) removeRepository(base);
});

describe('the image-route-policy pre-commit hook', () => {
  it('passes a clean commit of a manifest and the code that calls its route', () => {
    const root = userRepository('clean', { 'image-routes.yml': CLEAN_MANIFEST, 'src/hero.ts': TIED_SOURCE }, false);
    must('git', ['add', '-A'], root);
    const result = run('git', ['commit', '-m', 'routes and code'], root);
    expect(result.output).toMatch(/^image-route-policy\.+Passed$/m);
    expect(result.code).toBe(0);
    expect(commitCount(root)).toBe(1);
  });

  it('fails a commit that adds an undeclared image-API call, naming the rule at the exact line', () => {
    const root = userRepository('undeclared', { 'image-routes.yml': CLEAN_MANIFEST, 'src/hero.ts': TIED_SOURCE });
    writeFiles(root, { 'src/thumbnails.ts': UNDECLARED_SOURCE });
    must('git', ['add', 'src/thumbnails.ts'], root);
    const result = run('git', ['commit', '-m', 'thumbnails'], root);
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/^image-route-policy\.+Failed$/m);
    expect(result.output).toContain(`src/thumbnails.ts\n  (call sites tied to no route)\n    ${UNDECLARED_AT.line}:${UNDECLARED_AT.column}  error  \`images.generate\` of openai with model \`gpt-image-1.5\``);
    expect(result.output).toMatch(/route-undeclared\n/);
    expect(result.output).toMatch(/1 error, 0 warnings/);
    expect(commitCount(root)).toBe(1);
  });

  it('passes a staged call tied to a route declared in an unchanged, unstaged manifest', () => {
    const root = userRepository('unchanged-manifest', { 'image-routes.yml': CLEAN_MANIFEST });
    writeFiles(root, { 'src/hero.ts': TIED_SOURCE });
    must('git', ['add', 'src/hero.ts'], root);
    expect(must('git', ['diff', '--cached', '--name-only'], root)).toBe('src/hero.ts\n');
    const result = run('git', ['commit', '-m', 'hero'], root);
    expect(result.output).toMatch(/^image-route-policy\.+Passed$/m);
    expect(result.code).toBe(0);
    expect(commitCount(root)).toBe(2);
    // Judged from the staged file alone, the same call would be undeclared: what --changed avoids.
    const alone = cli(['check', 'src/hero.ts'], root);
    expect(alone.code).toBe(1);
    expect(alone.output).toContain('route-undeclared');
  });

  it('does not report a finding in a file that is not staged', () => {
    const root = userRepository('unstaged-finding', { 'image-routes.yml': CLEAN_MANIFEST, 'src/hero.ts': TIED_SOURCE });
    writeFiles(root, { 'src/thumbnails.ts': UNDECLARED_SOURCE, 'src/hero.ts': `// The storefront's hero image.\n${TIED_SOURCE}` });
    must('git', ['add', 'src/hero.ts'], root);
    const result = run('git', ['commit', '-m', 'comment'], root);
    expect(result.output).toMatch(/^image-route-policy\.+Passed$/m);
    expect(result.output).not.toContain('thumbnails');
    expect(result.code).toBe(0);
    expect(commitCount(root)).toBe(2);
    // The whole-repository judgment does see it: the hook left it out because it is not staged.
    const whole = cli(['check'], root);
    expect(whole.code).toBe(1);
    expect(whole.output).toContain(`src/thumbnails.ts\n  (call sites tied to no route)\n    ${UNDECLARED_AT.line}:${UNDECLARED_AT.column}  error`);
  });

  it('runs on the manifests and the source the scan reads, and on nothing else', () => {
    const root = userRepository('selection', {});
    writeFiles(root, { 'docs/notes.md': 'x\n', 'data/a.json': '{}\n' });
    must('git', ['add', '-A'], root);
    const skipped = run('pre-commit', ['run'], root);
    expect(skipped.output).toMatch(/^image-route-policy\.+\(no files to check\)Skipped$/m);
    writeFiles(root, { 'deploy/Dockerfile.prod': 'FROM node:20\n', 'nested/image-routes.yaml': 'version: 1\nroutes: [\n' });
    must('git', ['add', '-A'], root);
    const ran = run('pre-commit', ['run', '--verbose'], root);
    expect(ran.output).toMatch(/^image-route-policy\.+Failed$/m);
    expect(ran.output).toContain('nested/image-routes.yaml');
    expect(ran.output).toContain('manifest-invalid');
  });

  it("selects by the hook file's `files` pattern exactly the manifests and the files the scan reads", () => {
    const [hook] = parse(fs.readFileSync(path.join(PROJECT_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string; entry: string }[];
    expect(hook).toMatchObject({ id: 'image-route-policy', entry: 'dist/cli.js check --changed', language: 'script', pass_filenames: true });
    const extensions = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'tsx', 'mts', 'cts', 'py', 'ipynb', 'go', 'java', 'kt', 'kts', 'cs', 'rb', 'php', 'sh', 'bash', 'zsh'];
    const names = [
      ...extensions.flatMap((extension) => [`src/a.${extension}`, `A.${extension.toUpperCase()}`, `src/a.${extension}.bak`]),
      ...['image-routes.yml', 'image-routes.yaml', 'pkg/image-routes.yml', 'x-image-routes.yml', 'image-routes.yml.orig', 'image-routes.json'],
      ...['Dockerfile', 'deploy/Dockerfile.prod', 'api.dockerfile', 'Dockerfiles', 'dockerfile'],
      ...['README.md', 'data.json', '.github/image-route-policy.yml', 'src/a.ts.map', 'Makefile'],
    ];
    // The pattern is a Python regular expression (pre-commit's): Python judges it.
    const script = 'import json, re, sys\nr = re.compile(sys.argv[1])\nprint(json.dumps([bool(r.search(n)) for n in json.load(sys.stdin)]))';
    const python = spawnSync('python3', ['-c', script, hook!.files], { input: JSON.stringify(names), encoding: 'utf8' });
    expect(python.stderr).toBe('');
    const selected = JSON.parse(python.stdout) as boolean[];
    const read = (name: string): boolean => MANIFEST_NAMES.has(path.posix.basename(name)) || languageOf(path.posix.basename(name)) !== undefined;
    expect(Object.fromEntries(names.map((name, index) => [name, selected[index]]))).toEqual(Object.fromEntries(names.map((name) => [name, read(name)])));
    expect(selected.filter(Boolean).length).toBeGreaterThan(40);
  });
});
