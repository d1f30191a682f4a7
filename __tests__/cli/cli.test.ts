// The bundled command run as a process, the way users and CI run it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';
import { runCli } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { yaml } from '../helpers/rule-tester.js';

const PROJECT = PROJECT_ROOT;
const CLI = path.join(PROJECT, 'dist/cli.js');
const roots: string[] = [];
afterAll(() => roots.forEach(removeRepository));

function cli(args: string[], cwd = PROJECT, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, NO_COLOR: '1', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function repository(files: Record<string, string>): string {
  const root = makeRepository(files);
  roots.push(root);
  return root;
}

const clean = yaml`
  version: 1
  routes:
    - id: sketch
      kind: browser-playground
      stage: exploration
      keyOwner: "@acme/design"
      secretRef: none
      billing: { payer: provider-credit, trigger: free credits then the plan }
      userData: false
      checked: 2026-11-20
`;
const failing = clean.replace('keyOwner: "@acme/design"', 'keyOwner: unknown');

const validateReport = (() => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(PROJECT, 'schemas/report.schema.json'), 'utf8')));
})();

describe('exit codes', () => {
  it('0 when nothing fails', () => {
    const result = cli(['check', '--today', '2026-11-23'], repository({ 'image-routes.yml': clean }));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 errors/);
  });

  it('1 when a finding fails, with a located finding', () => {
    const result = cli(['check', '--today', '2026-11-23', '--format', 'json'], repository({ 'image-routes.yml': failing }));
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(validateReport(report)).toBe(true);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'key-owner-missing', line: 6, column: 15, field: 'keyOwner', route: 'sketch' }));
  });

  it('1 for a manifest that does not parse, never a stack trace', () => {
    const result = cli(['check', '--today', '2026-11-23'], repository({ 'image-routes.yml': 'version: 1\nroutes: [\n' }));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('manifest-invalid');
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it.each([
    ['an unknown option', ['check', '--nope'], /Unknown option '--nope'/],
    ['an unknown command', ['chek'], /did you mean `check`/],
    ['a bad date', ['check', '--today', '2026-02-30'], /--today must be a real date/],
    ['a bad format', ['check', '--format', 'xml'], /unknown format `xml`/],
    ['a path that does not exist', ['check', 'nowhere'], /no such file or folder: nowhere/],
    ['a bad fail-on', ['check', '--fail-on', 'sometimes'], /--fail-on must be one of/],
  ])('2 for %s', (_name, args, expected) => {
    const result = cli(args, repository({ 'image-routes.yml': clean }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(expected);
  });

  it('2 for a bad policy, naming file, line and column', () => {
    const root = repository({ 'image-routes.yml': clean, '.github/image-route-policy.yml': 'version: 1\nrules:\n  limit-mising: off\n' });
    const result = cli(['check'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.github/image-route-policy.yml:3:3: unknown rule `limit-mising`; did you mean `limit-missing`?');
  });

  it('3 for an internal error, with a short message and where to report it, and no stack trace', async () => {
    // runCli is what dist/cli.js runs; an output stream that fails is an error no code path expects.
    let errors = '';
    const code = await runCli(['check', '--today', '2026-11-23'], {
      cwd: repository({ 'image-routes.yml': clean }),
      env: {},
      stdout: { write: () => { throw new Error('write EPIPE'); } },
      stderr: { write: (text: string) => (errors += text) },
    });
    expect(code).toBe(3);
    expect(errors).toMatch(/internal error: write EPIPE\nThis is a bug\. Please report it at https:\/\//);
    expect(errors).not.toMatch(/\bat .*\.[jt]s:\d+/);
  });

  it('runs from a copy of dist/cli.js alone (the built-in policies are inside the bundle)', () => {
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-alone-'));
    roots.push(alone);
    fs.copyFileSync(CLI, path.join(alone, 'cli.js'));
    const result = spawnSync(process.execPath, [path.join(alone, 'cli.js'), 'check', '--today', '2026-11-23'], { cwd: repository({ 'image-routes.yml': failing }), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('key-owner-missing');
  });

  it('0 with a notice when no manifest is found, 1 with --require-manifest', () => {
    const root = repository({ 'README.md': 'nothing here' });
    const lenient = cli(['check'], root);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain('no image-routes.yml or image-routes.yaml found');
    expect(cli(['check', '--require-manifest'], root).code).toBe(1);
  });

  it('--fail-on never reports without failing', () => {
    expect(cli(['check', '--fail-on', 'never'], repository({ 'image-routes.yml': failing })).code).toBe(0);
  });
});

describe('formats', () => {
  it('writes several formats at once with FORMAT=FILE', () => {
    const root = repository({ 'image-routes.yml': failing });
    const result = cli(['check', '--today', '2026-11-23', '--format', 'json=out/report.json', '--format', 'sarif=out/report.sarif', '--format', 'markdown=out/comment.md', '--format', 'github'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=image-routes\.yml,line=6,col=15,/m);
    expect(validateReport(JSON.parse(fs.readFileSync(path.join(root, 'out/report.json'), 'utf8')))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(root, 'out/report.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(fs.readFileSync(path.join(root, 'out/comment.md'), 'utf8')).toContain('<!-- image-route-policy:report -->');
  });

  it('describes in SARIF the rules the policy turns on, not the whole catalog', () => {
    const root = repository({ 'image-routes.yml': failing });
    const ruleIds = (policy: string): string[] => {
      cli(['check', '--today', '2026-11-23', '--policy', policy, '--format', 'sarif=out/report.sarif'], root);
      return JSON.parse(fs.readFileSync(path.join(root, 'out/report.sarif'), 'utf8')).runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id);
    };
    const minimal = ruleIds('minimal');
    expect(minimal).toContain('key-owner-missing');
    expect(minimal).not.toContain('limit-missing');
    expect(ruleIds('recommended')).toContain('limit-missing');
  });

  it('colours text only on a terminal, never with NO_COLOR or in a pipe', () => {
    const result = cli(['check'], repository({ 'image-routes.yml': failing }));
    // eslint-disable-next-line no-control-regex
    expect(result.stdout).not.toMatch(/\u001b\[/);
  });
});

describe('commands', () => {
  it('--version and --help', () => {
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(PROJECT, 'package.json'), 'utf8')).version);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['check', 'stale', 'init', 'rules', 'explain', 'schema']) expect(help.stdout).toContain(command);
    expect(cli(['check', '--help']).stdout).toContain('--require-manifest');
  });

  it('rules lists every rule id; rules ID explains one', () => {
    const list = cli(['rules', '--format', 'json']);
    expect(list.code).toBe(0);
    const ids = JSON.parse(list.stdout).map((rule: { id: string }) => rule.id);
    const specIds = [...fs.readFileSync(path.join(PROJECT, '../shared/spec/rules.md'), 'utf8').matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(ids.sort()).toEqual([...new Set(specIds)].sort());
    const one = cli(['rules', 'checked-date-stale']);
    expect(one.stdout).toContain('maxAgeDays: 90');
    expect(one.stdout).toContain('docs/rules/checked-date-stale.md');
    expect(cli(['rules', 'checked-date-stal']).stderr).toContain('did you mean `checked-date-stale`');
  });

  it('explain shows severities per stage and where each came from', () => {
    const root = repository({ '.github/image-route-policy.yml': 'version: 1\nextends: [strict]\nrules:\n  limit-missing: notice\n' });
    const result = cli(['explain', '--format', 'json'], root);
    expect(result.code).toBe(0);
    const explained = JSON.parse(result.stdout);
    expect(explained.sources).toEqual(['recommended', 'strict', '.github/image-route-policy.yml']);
    const stale = explained.rules.find((rule: { id: string }) => rule.id === 'checked-date-stale');
    expect(stale.setBy.options.maxAgeDays).toBe('strict');
    expect(stale.severity.production).toBe('error');
    const limit = explained.rules.find((rule: { id: string }) => rule.id === 'limit-missing');
    expect(limit.setBy.severity.demo).toBe('.github/image-route-policy.yml');
    expect(cli(['explain'], root).stdout).toContain('locked by policies/recommended.yml');
    expect(explained.catalogs).toEqual([
      { file: 'policies/models.yml', checked: '2026-11-30' },
      { file: 'policies/providers.yml', checked: '2026-11-30' },
    ]);
    expect(cli(['explain'], root).stdout).toMatch(/^Catalogs: policies\/models\.yml checked 2026-11-30, policies\/providers\.yml checked 2026-11-30; \d+ models, \d+ providers in use$/m);
  });

  it('models answers "what retires in the next 30 days?" in one line, as of --today', () => {
    const result = cli(['models', '--retiring-within', '30', '--today', '2026-11-20']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('every model with a shutdown day from 2026-11-20 to 30 days later, as of 2026-11-20 (policies/models.yml checked 2026-11-30, policies/providers.yml checked 2026-11-30):');
    expect(lines.slice(1, -1).map((line) => line.trim().split(/\s+/).slice(0, 6).join(' '))).toEqual([
      'openai gpt-image-1-mini deprecated shuts down 2026-12-01',
      'openai gpt-image-1.5 deprecated shuts down 2026-12-01',
      'openai chatgpt-image-latest deprecated shuts down 2026-12-01',
    ]);
    expect(lines[1]).toContain('-> gpt-image-2.6-sunburst or gpt-image-2.6-flare  https://developers.openai.com/');
    expect(lines.at(-1)).toBe('3 model(s).');
    // The day after, they are shut down and no longer "retiring".
    expect(cli(['models', '--retiring-within', '30', '--today', '2026-12-02']).stdout).toContain('  none');
  });

  it('models takes a provider by any of its names, or a model by id or alias; json lists the facts', () => {
    const vertex = JSON.parse(cli(['models', 'Vertex AI', '--format', 'json', '--today', '2026-11-30']).stdout);
    expect(vertex.models.length).toBeGreaterThan(3);
    expect(new Set(vertex.models.map((model: { provider: string }) => model.provider))).toEqual(new Set(['google-vertex']));
    const alias = JSON.parse(cli(['models', 'openai/gpt-image-2', '--format', 'json', '--today', '2026-11-30']).stdout);
    expect(alias.models.map((model: { provider: string; status: string }) => [model.provider, model.status])).toEqual([['openai', 'active'], ['azure-openai', 'active']]);
    expect(alias.models[0]).toMatchObject({ id: 'gpt-image-2', snapshots: ['gpt-image-2-2026-04-21'], confirmed: true, source: expect.stringMatching(/^https:\/\//) });
    const retired = JSON.parse(cli(['models', 'gpt-image-1.5', '--format', 'json', '--today', '2026-12-01']).stdout);
    expect(retired.models[0]).toMatchObject({ provider: 'openai', status: 'shutdown', replacement: ['gpt-image-2.6-sunburst', 'gpt-image-2.6-flare'] });
    const unknown = cli(['models', 'gpt-imag-2']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean `gpt-image-2`?');
    expect(cli(['models', '--retiring-within', 'soon']).code).toBe(2);
    expect(cli(['models', '--format', 'sarif']).code).toBe(2);
  });

  it("models applies the policy's corrections", () => {
    const root = repository({
      '.github/image-route-policy.yml': 'version: 1\nmodels:\n  - { id: gpt-image-1.5, provider: OpenAI, status: deprecated, shutdown: 2027-03-01, replacement: gpt-image-2 }\n',
    });
    const result = JSON.parse(cli(['models', 'openai', '--format', 'json', '--today', '2026-12-15'], root).stdout);
    expect(result.models.find((model: { id: string }) => model.id === 'gpt-image-1.5')).toMatchObject({ status: 'deprecated', shutdown: '2027-03-01', replacement: ['gpt-image-2'] });
  });

  it('schema prints each JSON Schema, the same as the published files', () => {
    for (const [name, file] of [
      ['manifest', 'image-routes.schema.json'],
      ['policy', 'image-route-policy.schema.json'],
      ['report', 'report.schema.json'],
      ['models', 'models.schema.json'],
      ['providers', 'providers.schema.json'],
    ]) {
      expect(cli(['schema', name!]).stdout).toBe(fs.readFileSync(path.join(PROJECT, 'schemas', file!), 'utf8'));
    }
    expect(cli(['schema', 'nope']).code).toBe(2);
  });

  it('stale lists routes stale now or within the window, with the day each goes stale', () => {
    const root = repository({ 'image-routes.yml': clean });
    const soon = cli(['stale', '--today', '2026-12-10', '--within', '14', '--format', 'json'], root);
    expect(soon.code).toBe(0);
    expect(JSON.parse(soon.stdout).routes).toEqual([expect.objectContaining({ id: 'sketch', staleOn: '2026-12-21', reasons: ['goes-stale'] })]);
    expect(JSON.parse(cli(['stale', '--today', '2026-11-23', '--format', 'json'], root).stdout).routes).toEqual([]);
    expect(cli(['stale', '--today', '2026-12-10'], root).stdout).toMatch(/\nAfter verifying them again: image-route-policy touch sketch\n$/);
  });

  it('init writes starter files that pass validation and never overwrites', () => {
    const root = repository({});
    expect(cli(['init'], root).stderr).toContain('wrote image-routes.yml');
    expect(fs.existsSync(path.join(root, '.github/image-route-policy.yml'))).toBe(true);
    const check = cli(['check', '--format', 'json'], root);
    expect(JSON.parse(check.stdout).findings.filter((finding: { rule: string }) => finding.rule === 'manifest-invalid')).toEqual([]);
    fs.writeFileSync(path.join(root, 'image-routes.yml'), 'mine');
    expect(cli(['init'], root).stderr).toContain('kept image-routes.yml');
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe('mine');
  });
});

describe('the bundled example', () => {
  it('checks examples/ with the built-in default policy and fails because of the failing examples', () => {
    const result = cli(['check', 'examples', '--today', '2026-11-23', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.policy.sources).toEqual(['recommended']);
    const failingFiles = new Set(report.findings.filter((finding: { severity: string }) => finding.severity === 'error').map((finding: { file: string }) => finding.file));
    expect([...failingFiles].sort()).toEqual(['examples/failing/image-routes.yml', 'examples/failing/jobs/thumbnails.py', 'examples/failing/src/render.ts']);
    const kinds = new Set(report.routes.map((route: { kind: string }) => route.kind));
    expect(kinds.size).toBe(7);
    // The clean source's calls are each tied to a clean route; the failing source shows drift and undeclared calls.
    const tied = report.callSites.map((site: { file: string; line: number; route: string | null; tiedBy: string | null }) => `${site.file}:${site.line} ${site.route} ${site.tiedBy}`);
    expect(tied).toEqual([
      'examples/clean/src/storefront.ts:11 storefront-hero comment',
      'examples/clean/src/storefront.ts:16 azure-images model',
      'examples/clean/src/storefront.ts:21 fal-trial model',
      'examples/failing/jobs/thumbnails.py:6 null null',
      'examples/failing/src/render.ts:11 official-but-free comment',
      'examples/failing/src/render.ts:16 null null',
    ]);
    const codeRules = report.findings.filter((finding: { rule: string }) => finding.rule.startsWith('route-')).map((finding: { rule: string; file: string; line: number }) => `${finding.rule} ${finding.file}:${finding.line}`);
    expect(codeRules).toEqual([
      'route-undeclared examples/failing/jobs/thumbnails.py:6',
      'route-drift examples/failing/src/render.ts:11',
      'route-drift examples/failing/src/render.ts:11',
      'route-undeclared examples/failing/src/render.ts:16',
    ]);
  });

  it('--no-scan judges the manifests alone', () => {
    const report = JSON.parse(cli(['check', 'examples', '--no-scan', '--today', '2026-11-23', '--format', 'json']).stdout);
    expect(report.callSites).toBeUndefined();
    expect(report.findings.filter((finding: { rule: string }) => finding.rule.startsWith('route-'))).toEqual([]);
  });

  it('scan lists the call sites with their routes, and init --from-code writes a manifest or prints the routes to add', () => {
    const listing = cli(['scan', 'examples', '--format', 'json']);
    expect(listing.code).toBe(0);
    expect(JSON.parse(listing.stdout).callSites).toHaveLength(6);
    const root = repository({ 'src/draw.py': 'import replicate\n\ndef draw(p):\n    return replicate.run("black-forest-labs/flux-1.1-pro", input={"prompt": p})\n' });
    const init = cli(['init', '--from-code'], root);
    expect(init.code).toBe(0);
    const written = fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8');
    expect(written).toContain('    provider: replicate\n    model: black-forest-labs/flux-1.1-pro\n');
    expect(written).toContain('    secretRef: env:REPLICATE_API_TOKEN\n');
    expect(written).toContain('    code: [src/draw.py]\n');
    expect(written).toMatch(/keyOwner: unknown +# find out:/);
    // The written manifest is valid and ties the call: only facts a person must supply are missing.
    const check = JSON.parse(cli(['check', '--format', 'json', '--today', '2026-11-30'], root).stdout);
    expect(check.findings.filter((finding: { rule: string }) => finding.rule === 'manifest-invalid' || finding.rule.startsWith('route-'))).toEqual([]);
    expect(check.findings.map((finding: { rule: string }) => finding.rule)).toContain('key-owner-missing');
    // With a manifest, it prints the routes to add and writes nothing.
    fs.writeFileSync(path.join(root, 'src/more.ts'), 'import { fal } from "@fal-ai/client";\nfal.subscribe("fal-ai/flux/dev", { input: {} });\n');
    const again = cli(['init', '--from-code'], root);
    expect(again.stdout).toMatch(/^ {2}- id: fal-fal-ai-flux-dev\n/);
    expect(again.stderr).toContain('1 call site(s) are tied to no route');
    expect(fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8')).toBe(written);
  });
});

describe('editor support', () => {
  const schema = (file: string) => JSON.parse(fs.readFileSync(path.join(PROJECT, 'schemas', file), 'utf8')) as { $id: string };

  it("the init templates' modelines name the schemas' stable $id, and docs/schemastore.md's entries match them", () => {
    const root = repository({});
    expect(cli(['init'], root).code).toBe(0);
    const manifestLine = fs.readFileSync(path.join(root, 'image-routes.yml'), 'utf8').split('\n')[0]!;
    const policyLine = fs.readFileSync(path.join(root, '.github/image-route-policy.yml'), 'utf8').split('\n')[0]!;
    expect(manifestLine).toBe(`# yaml-language-server: $schema=${schema('image-routes.schema.json').$id}`);
    expect(policyLine).toBe(`# yaml-language-server: $schema=${schema('image-route-policy.schema.json').$id}`);
    const page = fs.readFileSync(path.join(PROJECT, 'docs/schemastore.md'), 'utf8');
    const entries = JSON.parse(/```json\n(\[[\s\S]*?\])\n```/.exec(page)![1]!) as { fileMatch: string[]; url: string }[];
    expect(entries.map(({ fileMatch, url }) => ({ fileMatch, url }))).toEqual([
      { fileMatch: ['image-routes.yml', 'image-routes.yaml'], url: schema('image-routes.schema.json').$id },
      { fileMatch: ['.github/image-route-policy.yml'], url: schema('image-route-policy.schema.json').$id },
    ]);
    for (const file of ['image-routes.schema.json', 'image-route-policy.schema.json', 'report.schema.json', 'models.schema.json', 'providers.schema.json']) {
      expect(schema(file).$id).toMatch(new RegExp(`^https://raw\\.githubusercontent\\.com/image-route-policy/image-route-policy/v1/schemas/${file.replace(/\./g, '\\.')}$`));
    }
  });
});
