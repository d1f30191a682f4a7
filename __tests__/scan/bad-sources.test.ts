// The bad-source corpus of quality.md: files the scan must survive. Each is skipped or reported as a
// located notice, never a crash or a hang, and every other file of the run is still scanned.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { runCheck } from '../../src/run.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';

const CALL = 'import OpenAI from "openai";\nconst client = new OpenAI();\nexport const draw = () => client.images.generate({ model: "gpt-image-2", prompt: "x" });\n';
const TODAY = '2026-11-30';
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepository));

function repository(files: Record<string, string | Buffer>): string {
  const root = makeRepository({});
  roots.push(root);
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    fs.writeFileSync(path.join(root, relative), content);
  }
  return root;
}

async function scan(root: string, patterns?: string[]) {
  const { scan: result, report } = await runCheck({ cwd: root, root, today: TODAY, patterns });
  return { result: result!, report, sites: report.callSites!.map((site) => `${site.file}:${site.line}`) };
}

describe('bad source files', () => {
  it('a FIFO named x.ts is never opened, and the good file is scanned', async () => {
    const root = repository({ 'src/good.ts': CALL });
    execFileSync('mkfifo', [path.join(root, 'src/x.ts')]);
    fs.symlinkSync(path.join(root, 'src/x.ts'), path.join(root, 'src/link-to-fifo.ts'));
    const { sites, result } = await scan(root);
    expect(sites).toEqual(['src/good.ts:3']);
    expect(result.notices).toEqual([{ file: 'src/link-to-fifo.ts', line: 1, column: 1, message: 'cannot be read (ENOTFILE): skipped' }]);
  });

  it('a link out of the repository is not read', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-outside-'));
    roots.push(outside);
    fs.writeFileSync(path.join(outside, 'secret.ts'), CALL);
    const root = repository({ 'src/good.py': 'import openai\nopenai.images.generate(model="gpt-image-2")\n' });
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'src/evil.ts'));
    const { sites, result } = await scan(root);
    expect(sites).toEqual(['src/good.py:2']);
    expect(result.notices).toEqual([expect.objectContaining({ file: 'src/evil.ts', message: 'is a link to a file outside the repository: it is not read' })]);
  });

  it('symbolic link loops, vanished files and notebooks that are not JSON are notices', async () => {
    const root = repository({ 'src/good.ts': CALL, 'notebooks/broken.ipynb': '{"cells": [ {"cell_type": "code", "source": "import openai' });
    fs.symlinkSync(path.join(root, 'src/b.py'), path.join(root, 'src/a.py'));
    fs.symlinkSync(path.join(root, 'src/a.py'), path.join(root, 'src/b.py'));
    fs.symlinkSync(path.join(root, 'src/gone.ts'), path.join(root, 'src/dangling.ts'));
    const { sites, result } = await scan(root);
    expect(sites).toEqual(['src/good.ts:3']);
    expect(result.notices.map((notice) => `${notice.file}: ${notice.message}`)).toEqual([
      'notebooks/broken.ipynb: is not a Jupyter notebook (not JSON with `cells`): skipped',
      'src/a.py: cannot be read (ELOOP): skipped',
      'src/b.py: cannot be read (ELOOP): skipped',
      'src/dangling.ts: cannot be read (ENOENT): skipped',
    ]);
  });

  it('minified bundles, files over 1 MiB and binary bytes behind a source name are not read', async () => {
    const root = repository({
      'public/app.min.js': CALL,
      'src/huge.ts': CALL + '// padding\n'.repeat(110_000),
      'src/image.ts': Buffer.concat([Buffer.from(CALL), Buffer.from([0, 1, 2, 0xff])]),
      'src/good.ts': CALL,
    });
    expect(fs.statSync(path.join(root, 'src/huge.ts')).size).toBeGreaterThan(1024 * 1024);
    const { sites, result } = await scan(root);
    expect(sites).toEqual(['src/good.ts:3']);
    expect(result.notices).toEqual([]);
  });

  it('non-UTF-8 bytes, 10,000 nested brackets, unterminated strings and comments: parsed without a crash', async () => {
    const root = repository({
      'src/latin1.ts': Buffer.concat([Buffer.from('// caf\xe9 \xff\xfe\n', 'latin1'), Buffer.from(CALL)]),
      'src/nested.ts': `import OpenAI from "openai";\nconst x = ${'['.repeat(10_000)}${']'.repeat(10_000)};\n${'('.repeat(10_000)}\n`,
      'src/nested.py': `import openai\nx = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\ny = ${'{'.repeat(5_000)}\n`,
      'src/open-string.ts': 'import OpenAI from "openai";\nconst s = "never closed\n/* and a comment never closed\n',
      'src/open-string.py': 'import openai\ns = """never closed\n',
    });
    const { sites } = await scan(root);
    expect(sites).toEqual(['src/latin1.ts:4']);
  });

  it('check PATH reads only those paths, and the default exclusions keep tests, vendored and built code out', async () => {
    const root = repository({
      'src/a.ts': CALL,
      'src/b.ts': CALL,
      'src/a.test.ts': CALL,
      '__tests__/c.ts': CALL,
      'tests/test_d.py': 'import openai\nopenai.images.generate(model="gpt-image-2")\n',
      'node_modules/openai/e.js': CALL,
      'vendor/f.ts': CALL,
      'dist/g.js': CALL,
      'build/h.js': CALL,
      '.next/i.js': CALL,
    });
    expect((await scan(root)).sites).toEqual(['src/a.ts:3', 'src/b.ts:3']);
    expect((await scan(root, ['src/b.ts'])).sites).toEqual(['src/b.ts:3']);
    // A test file named on purpose is read.
    expect((await scan(root, ['src/a.test.ts'])).sites).toEqual(['src/a.test.ts:3']);
  });

  it("the policy's scan.include and scan.exclude change the sets", async () => {
    const root = repository({
      'services/api/a.ts': CALL,
      'services/legacy/b.ts': CALL,
      'web/c.ts': CALL,
      '.github/image-route-policy.yml': 'version: 1\nscan:\n  include: ["services/**"]\n  exclude: ["services/legacy/**"]\n',
    });
    expect((await scan(root)).sites).toEqual(['services/api/a.ts:3']);
  });
});

describe('properties of the scan', () => {
  const fragment = fc.constantFrom(
    CALL,
    'client.images.generate({ model: "gpt-image-2" })',
    'import { fal } from "@fal-ai/client";\nfal.subscribe("fal-ai/flux/dev", {});\n',
    'fetch("https://api.openai.com/v1/images/generations", { body: "{}" })',
    '"""', '/*', '`${', '((((', '}}}}', '\u0000', '\ufffd', '# image-route: hero\n', '// image-route: x\n', 'import openai\n', 'openai.images.generate(model=M)\n',
  );
  const file = fc.record({
    name: fc.constantFrom('a.ts', 'b.js', 'c.py', 'd.go', 'e.sh', 'f.ipynb', 'g.tsx', 'h.rb'),
    text: fc.array(fc.oneof(fragment, fc.string({ maxLength: 20 })), { maxLength: 12 }).map((parts) => parts.join('\n')),
  });

  it('never throws, and gives the same call sites for the same tree, whatever the order files are read in', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(file, { selector: (item) => item.name, maxLength: 6 }), async (files) => {
        const root = makeRepository(Object.fromEntries(files.map((item) => [`src/${item.name}`, item.text])));
        try {
          const first = await scan(root);
          const again = await scan(root, files.map((item) => `src/${item.name}`).reverse());
          expect(JSON.stringify(again.report.callSites)).toBe(JSON.stringify(first.report.callSites));
        } finally {
          removeRepository(root);
        }
      }),
      { numRuns: 150 },
    );
  });
});
