// The base tree of a pull request: the head run with the changed files put back, read only where a
// base version can change a finding. Real files on disk for the head; the base versions in memory
// (and from a real git repository for the git edge).
import fs from 'node:fs';
import path from 'node:path';
import { judgeBase, type BaseVersions, type ChangedFile } from '../../src/diff/base-tree.js';
import { gitBaseVersions } from '../../src/diff/git.js';
import { manifestSelector } from '../../src/manifest/discover.js';
import { markNew } from '../../src/report/scope.js';
import { runCheck } from '../../src/run.js';
import { git, initGit, temporaryRepositories, writeFiles } from '../helpers/repo.js';

const TODAY = '2026-11-23';
const MANIFEST = `version: 1
routes:
  - id: sketch
    kind: browser-playground
    stage: exploration
    model: gpt-image-2
    keyOwner: unknown
    secretRef: none
    billing: { payer: provider-credit, trigger: free credits then the plan }
    userData: false
    checked: 2026-11-20
`;
const CALL = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const draw = () => client.images.generate({ model: "gpt-image-1.5", prompt: "x" });\n';

const repository = temporaryRepositories();

/** Base versions held in memory; records each read. */
function versions(changed: ChangedFile[], files: Record<string, string>): BaseVersions & { reads: string[] } {
  const reads: string[] = [];
  return {
    changed,
    label: 'f95f852',
    reads,
    async read(file) {
      reads.push(file);
      return file in files ? Buffer.from(files[file]!, 'utf8') : undefined;
    },
  };
}

describe('judgeBase', () => {
  it('a manifest the pull request added: its findings are new, and nothing is read', async () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const base = versions([{ path: 'image-routes.yml', status: 'added' }], {});
    const judged = await judgeBase(head, base, TODAY);
    expect(base.reads).toEqual([]);
    expect(judged.report.findings).toEqual([]);
    expect(markNew(head.report, judged.report).findings.map((item) => [item.rule, item.new])).toEqual([['key-owner-missing', true]]);
  });

  it('a renamed manifest with the same content is the same manifest at another path: read from the head, no request', async () => {
    const root = repository({ 'apps/image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const base = versions([{ path: 'apps/image-routes.yml', previousPath: 'image-routes.yml', status: 'renamed', sameContent: true }], {});
    const judged = await judgeBase(head, base, TODAY);
    expect(base.reads).toEqual([]);
    expect(judged.report.findings.map((item) => [item.rule, item.file, item.line])).toEqual([['key-owner-missing', 'image-routes.yml', 7]]);
  });

  it('a deleted source file with a call: its base version is read when the removed lines hold a hint, and not otherwise', async () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const withHint = versions([{ path: 'src/draw.ts', status: 'removed', removedLines: CALL }], { 'src/draw.ts': CALL });
    const judged = await judgeBase(head, withHint, TODAY);
    expect(withHint.reads).toEqual(['src/draw.ts']);
    expect(judged.report.findings.map((item) => [item.rule, item.file, item.line])).toEqual([
      ['key-owner-missing', 'image-routes.yml', 7],
      ['route-undeclared', 'src/draw.ts', 3],
    ]);
    const plain = versions([{ path: 'src/util.ts', status: 'removed', removedLines: 'export const x = 1;' }], { 'src/util.ts': 'export const x = 1;\n' });
    expect((await judgeBase(head, plain, TODAY)).skipped).toBe(1);
    expect(plain.reads).toEqual([]);
    // No patch (a large diff): the base version may hold a call, so it is read.
    const unknown = versions([{ path: 'src/big.ts', status: 'removed' }], { 'src/big.ts': CALL });
    await judgeBase(head, unknown, TODAY);
    expect(unknown.reads).toEqual(['src/big.ts']);
  });

  it('a pull request that adds an SDK call to an existing file reads nothing; a call already there, in kept lines, is read', async () => {
    const plain = 'export const size = 512;\n';
    const root = repository({ 'image-routes.yml': MANIFEST, 'src/draw.ts': `${plain}${CALL}` });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    // The head's lines 2 to 4 are the ones the pull request added: its base had no hint.
    const adding = versions([{ path: 'src/draw.ts', status: 'modified', removedLines: '', addedLines: [2, 3, 4] }], { 'src/draw.ts': plain });
    expect((await judgeBase(head, adding, TODAY)).skipped).toBe(1);
    expect(adding.reads).toEqual([]);
    // Only line 1 changed: the call was already there, so the base version is read.
    const editing = versions([{ path: 'src/draw.ts', status: 'modified', removedLines: 'export const size = 256;', addedLines: [1] }], { 'src/draw.ts': `export const size = 256;\n${CALL}` });
    await judgeBase(head, editing, TODAY);
    expect(editing.reads).toEqual(['src/draw.ts']);
  });

  it('files neither manifest nor scanned source are passed over: docs, tests, vendored code, a YAML file elsewhere', async () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const changed: ChangedFile[] = ['README.md', 'src/draw.test.ts', 'node_modules/openai/index.js', 'vendor/x.py', 'config/app.yml'].map((file) => ({ path: file, status: 'removed' }));
    const base = versions(changed, {});
    expect((await judgeBase(head, base, TODAY)).skipped).toBe(5);
    expect(base.reads).toEqual([]);
  });

  it('a path that could leave the repository is never read, nor is the head file behind it', async () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const changed: ChangedFile[] = ['../outside/image-routes.yml', '/etc/image-routes.yml', 'a//image-routes.yml', 'a\\..\\image-routes.yml'].map((file) => ({ path: file, status: 'modified' }));
    const base = versions([...changed, { path: 'x/image-routes.yml', previousPath: '../image-routes.yml', status: 'renamed' }], {});
    expect((await judgeBase(head, base, TODAY)).skipped).toBe(5);
    expect(base.reads).toEqual([]);
  });

  it('a copy leaves its original in the base: only the copy is new', async () => {
    const root = repository({ 'a/image-routes.yml': MANIFEST, 'b/image-routes.yml': MANIFEST.replace('id: sketch', 'id: sketch-copy') });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const judged = await judgeBase(head, versions([{ path: 'b/image-routes.yml', previousPath: 'a/image-routes.yml', status: 'copied' }], {}), TODAY);
    expect(markNew(head.report, judged.report, judged.renamed).findings.map((item) => [item.file, item.rule, item.new])).toEqual([
      ['a/image-routes.yml', 'key-owner-missing', false],
      ['b/image-routes.yml', 'key-owner-missing', true],
    ]);
  });

  it('a moved manifest keeps its findings: none is new', async () => {
    const root = repository({ 'b/image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const judged = await judgeBase(head, versions([{ path: 'b/image-routes.yml', previousPath: 'a/image-routes.yml', status: 'renamed' }], { 'a/image-routes.yml': MANIFEST.replace('checked: 2026-11-20', 'checked: 2026-11-19') }), TODAY);
    expect(judged.renamed).toEqual(new Map([['a/image-routes.yml', 'b/image-routes.yml']]));
    expect(markNew(head.report, judged.report, judged.renamed).findings.map((item) => [item.rule, item.new])).toEqual([['key-owner-missing', false]]);
    expect(markNew(head.report, judged.report).findings.map((item) => item.new)).toEqual([true]);
  });

  it('an invalid base manifest is judged as a file-level problem, not a crash', async () => {
    const root = repository({ 'image-routes.yml': MANIFEST });
    const head = await runCheck({ cwd: root, today: TODAY, keepBasis: true });
    const base = versions([{ path: 'image-routes.yml', status: 'modified' }], { 'image-routes.yml': 'version: 1\nroutes: [\n' });
    const judged = await judgeBase(head, base, TODAY);
    expect(judged.report.findings.map((item) => item.rule)).toEqual(['manifest-invalid']);
  });
});

describe('manifestSelector', () => {
  it('matches what the walk selects: default names, globs (any YAML they match), folders and files', () => {
    const root = '/repo';
    const all = manifestSelector(root, root);
    expect(['image-routes.yml', 'a/b/image-routes.yaml'].map(all)).toEqual([true, true]);
    expect(['routes.yml', 'node_modules/x/image-routes.yml', '.git/image-routes.yml'].map(all)).toEqual([false, false, false]);
    const globbed = manifestSelector(root, root, ['config/*.yml']);
    expect(['config/routes.yml', 'config/a/routes.yml', 'config/app.json', 'image-routes.yml'].map(globbed)).toEqual([true, false, false, false]);
    const folder = manifestSelector(root, root, ['services']);
    expect(['services/api/image-routes.yml', 'services/api/other.yml', 'image-routes.yml'].map(folder)).toEqual([true, false, false]);
    const file = manifestSelector(root, root, ['ops/routes.yaml']);
    expect(['ops/routes.yaml', 'ops/image-routes.yml'].map(file)).toEqual([true, false]);
    // From a subfolder: only what lies under it.
    expect(['apps/image-routes.yml', 'image-routes.yml'].map(manifestSelector(root, path.join(root, 'apps')))).toEqual([true, false]);
  });
});

describe('gitBaseVersions', () => {

  it('lists what the working tree changed since the base commit and reads base versions; undefined without the commit', async () => {
    const root = repository({});
    initGit(root);
    writeFiles(root, { 'image-routes.yml': MANIFEST, 'src/old name.ts': CALL, 'keep.ts': 'x\n' });
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    const base = git(root, 'rev-parse', 'HEAD');
    fs.rmSync(path.join(root, 'src/old name.ts'));
    writeFiles(root, { 'image-routes.yml': MANIFEST.replace('sketch', 'drawn'), 'src/new.ts': CALL });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'head');
    const found = gitBaseVersions(root, base)!;
    expect(found.changed).toEqual([
      { path: 'image-routes.yml', status: 'modified' },
      { path: 'src/new.ts', previousPath: 'src/old name.ts', status: 'renamed', sameContent: true },
    ]);
    expect(Buffer.from((await found.read('src/old name.ts'))!).toString('utf8')).toBe(CALL);
    expect(await found.read('src/new.ts')).toBeUndefined();
    expect(gitBaseVersions(root, 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e')).toBeUndefined();
    expect(gitBaseVersions(root, '--output=/tmp/x')).toBeUndefined();
  });

  it("with the pull request's head checked out, lists only what the pull request changed since it left the base, and reads the base's tip", async () => {
    const root = repository({});
    initGit(root);
    writeFiles(root, { 'image-routes.yml': MANIFEST, 'a.ts': 'one\n' });
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'fork point');
    git(root, 'checkout', '-q', '-b', 'feature');
    writeFiles(root, { 'src/draw.ts': CALL });
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'pull request');
    git(root, 'checkout', '-q', 'main');
    writeFiles(root, { 'a.ts': 'two\n', 'image-routes.yml': MANIFEST.replace('keyOwner: unknown', 'keyOwner: "@acme/x"') });
    git(root, 'commit', '-q', '-am', 'the base moves on');
    const tip = git(root, 'rev-parse', 'HEAD');
    git(root, 'checkout', '-q', 'feature');
    const found = gitBaseVersions(root, tip)!;
    expect(found.changed).toEqual([{ path: 'src/draw.ts', status: 'added' }]);
    expect(Buffer.from((await found.read('a.ts'))!).toString('utf8')).toBe('two\n');
  });
});
