import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../../src/policy/errors.js';
import { loadPolicy } from '../../src/run.js';
import type { ResolvedPolicy } from '../../src/policy/types.js';
import { startContentsServer, type ContentsServer } from '../helpers/github-contents-server.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';

const TODAY = '2026-11-23';
const roots: string[] = [];

afterAll(() => roots.forEach(removeRepository));

function repository(files: Record<string, string>): string {
  const root = makeRepository(files);
  roots.push(root);
  return root;
}

async function policyOf(files: Record<string, string>, policy?: string, extra: Partial<Parameters<typeof loadPolicy>[0]> = {}): Promise<ResolvedPolicy> {
  return loadPolicy({ cwd: repository(files), policy, today: TODAY, ...extra });
}

async function configError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('built-in presets', () => {
  it('uses `recommended` when the repository has no policy file', async () => {
    const policy = await policyOf({});
    expect(policy.sources).toEqual(['recommended']);
    expect(policy.rules.get('limit-missing')!.severity).toEqual({ production: 'error', internal: 'error', demo: 'warning', exploration: 'off' });
    expect([...policy.locked.keys()]).toEqual(['shared-key-user-data', 'secret-in-manifest']);
  });

  it('`minimal` keeps only the format, the three facts, shared keys and secrets', async () => {
    const policy = await policyOf({}, 'minimal');
    const enabled = [...policy.rules].filter(([, setting]) => Object.values(setting.severity).some((severity) => severity !== 'off')).map(([id]) => id);
    expect(enabled.sort()).toEqual(
      ['billing-trigger-missing', 'catalog-stale', 'checked-date-missing', 'key-owner-missing', 'manifest-invalid', 'secret-in-manifest', 'shared-key-user-data', 'waiver-expired', 'waiver-unused'].sort(),
    );
    expect(policy.locked.size).toBe(0);
  });

  it('`strict` raises production-like warnings, shortens staleness to 30 days and locks', async () => {
    const policy = await policyOf({}, 'strict');
    expect(policy.sources).toEqual(['recommended', 'strict']);
    expect(policy.rules.get('path-untested')!.severity).toEqual({ production: 'error', internal: 'error', demo: 'off', exploration: 'off' });
    expect(policy.rules.get('checked-date-stale')!.severity.internal).toBe('error');
    expect(policy.rules.get('checked-date-stale')!.options).toEqual({ maxAgeDays: 30, volatileMaxAgeDays: 30 });
    expect(policy.locked.has('secret-in-manifest')).toBe(true);
    // No production-like stage is left at warning in strict.
    for (const [, setting] of policy.rules) {
      expect([setting.severity.production, setting.severity.internal]).not.toContain('warning');
    }
  });
});

describe('merging', () => {
  const team = 'version: 1\nrules:\n  checked-date-stale:\n    severity: error\n    maxAgeDays: 60\n  limit-missing: notice\n';

  it('applies extends left to right, then the file itself; later wins', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nextends: [recommended, ./team.yml]\nrules:\n  limit-missing: warning\n',
      '.github/team.yml': team,
    });
    expect(policy.sources).toEqual(['recommended', '.github/team.yml', '.github/image-route-policy.yml']);
    expect(policy.rules.get('limit-missing')!.severity.production).toBe('warning');
    expect(policy.origins.get('limit-missing')!.severity.production).toBe('.github/image-route-policy.yml');
    expect(policy.rules.get('checked-date-stale')!.options.maxAgeDays).toBe(60);
    expect(policy.origins.get('checked-date-stale')!.options.maxAgeDays).toBe('.github/team.yml');
  });

  it('keeps inherited options when a later entry sets only a severity', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nextends: [./team.yml]\nrules:\n  checked-date-stale: notice\n',
      '.github/team.yml': team,
    });
    expect(policy.rules.get('checked-date-stale')).toEqual({
      severity: { production: 'notice', internal: 'notice', demo: 'notice', exploration: 'notice' },
      options: { maxAgeDays: 60, volatileMaxAgeDays: 30 },
    });
  });

  it('keeps an option an earlier layer set when a later layer sets another one', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nextends: [./team.yml]\nrules:\n  checked-date-stale: { volatileMaxAgeDays: 7 }\n',
      '.github/team.yml': team,
    });
    expect(policy.rules.get('checked-date-stale')!.options).toEqual({ maxAgeDays: 60, volatileMaxAgeDays: 7 });
    expect(policy.origins.get('checked-date-stale')!.options).toEqual({ maxAgeDays: '.github/team.yml', volatileMaxAgeDays: '.github/image-route-policy.yml' });
  });

  it('merges per-stage severities stage by stage', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nrules:\n  path-untested: { demo: warning }\n',
    });
    expect(policy.rules.get('path-untested')!.severity).toEqual({ production: 'error', internal: 'warning', demo: 'warning', exploration: 'off' });
  });

  it('applies a preset reached twice once', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nextends: [./a.yml, ./b.yml]\n',
      '.github/a.yml': 'version: 1\nextends: [recommended]\n',
      '.github/b.yml': 'version: 1\nextends: [recommended]\n',
    });
    expect(policy.sources).toEqual(['recommended', '.github/a.yml', '.github/b.yml', '.github/image-route-policy.yml']);
  });

  it('keeps overrides in order with their scope', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml':
        'version: 1\noverrides:\n  - routes: ["lab-*"]\n    files: ["labs/**"]\n    stages: [exploration]\n    rules:\n      fallback-missing: off\n',
    });
    expect(policy.overrides).toHaveLength(1);
    expect(policy.overrides[0]).toMatchObject({ routes: ['lab-*'], files: ['labs/**'], stages: ['exploration'] });
    expect(policy.overrides[0]!.rules.get('fallback-missing')!.severity!.production).toBe('off');
  });

  it('lets --fail-on replace the policy failOn', async () => {
    const policy = await policyOf({ '.github/image-route-policy.yml': 'version: 1\nfailOn: warning\n' }, undefined, { failOn: 'never' });
    expect(policy.failOn).toBe('never');
  });

  it('adds and corrects model catalog entries', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml':
        'version: 1\nmodels:\n  - id: acme-image-1\n    provider: acme\n    status: active\n  - id: gpt-image-2\n    provider: openai\n    status: deprecated\n    shutdown: 2027-06-01\n',
    });
    expect(policy.catalog.lookup('acme-image-1')?.entry.provider).toBe('acme');
    expect(policy.catalog.lookup('gpt-image-2')?.entry.status).toBe('deprecated');
  });
});

describe('configuration errors name file and line', () => {
  it.each([
    ['an unknown key', 'version: 1\nfailon: warning\n', /image-route-policy\.yml:2:1: unknown key `failon`; did you mean `failOn`\?/],
    ['an unknown rule', 'version: 1\nrules:\n  key-owner-missng: error\n', /:3:3: unknown rule `key-owner-missng`; did you mean `key-owner-missing`\?/],
    ['a bad severity', 'version: 1\nrules:\n  limit-missing: fatal\n', /:3:18: .*limit-missing/],
    ['an unknown option', 'version: 1\nrules:\n  checked-date-stale:\n    maxAgeDay: 3\n', /:4:5: unknown key `maxAgeDay`.*did you mean `maxAgeDays`\?/],
    ['a bad option value', 'version: 1\nrules:\n  checked-date-stale:\n    maxAgeDays: -3\n', /:4:17: .*maxAgeDays/],
    ['options on a rule without any', 'version: 1\nrules:\n  key-owner-missing:\n    severity: error\n    days: 3\n', /:5:5: `key-owner-missing` has no options/],
    ['turning manifest-invalid off', 'version: 1\nrules:\n  manifest-invalid: off\n', /:3:.*always an error/],
    ['invalid YAML', 'version: 1\nrules: [\n', /image-route-policy\.yml:\d+:\d+: invalid YAML/],
    ['an empty file', '', /:1:1: the policy file is empty/],
    ['a wrong version', 'version: 2\n', /:1:10: `version` must be 1/],
    ['an unknown preset', 'version: 1\nextends: [recomended]\n', /:2:11: unknown preset `recomended`; did you mean `recommended`\?/],
    ['an anchor', 'version: 1\nrules: &r {}\n', /:2:8: anchors/],
  ])('%s', async (_name, text, expected) => {
    const message = await configError(policyOf({ '.github/image-route-policy.yml': text }));
    expect(message).toMatch(expected);
  });

  it('detects cycles and names the chain', async () => {
    const message = await configError(
      policyOf({
        '.github/image-route-policy.yml': 'version: 1\nextends: [./a.yml]\n',
        '.github/a.yml': 'version: 1\nextends: [./b.yml]\n',
        '.github/b.yml': 'version: 1\nextends: [./a.yml]\n',
      }),
    );
    expect(message).toContain('.github/b.yml:2:11: presets extend each other in a cycle: .github/a.yml → .github/b.yml → .github/a.yml');
  });

  it.each([
    ['a relative path out of the repository', '../../etc/passwd', /leaves the repository/],
    ['an absolute path', '/etc/passwd', /absolute path/],
  ])('refuses a local preset that leaves the repository: %s', async (_name, reference, expected) => {
    const message = await configError(policyOf({ '.github/image-route-policy.yml': `version: 1\nextends: ["${reference}"]\n` }));
    expect(message).toMatch(expected);
    expect(message).toContain('.github/image-route-policy.yml:2:');
  });

  it('refuses a symbolic link out of the repository', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-outside-'));
    roots.push(outside);
    fs.writeFileSync(path.join(outside, 'preset.yml'), 'version: 1\n');
    const root = repository({ '.github/image-route-policy.yml': 'version: 1\nextends: [./linked.yml]\n' });
    fs.symlinkSync(path.join(outside, 'preset.yml'), path.join(root, '.github/linked.yml'));
    const message = await configError(loadPolicy({ cwd: root, today: TODAY }));
    expect(message).toMatch(/\.github\/image-route-policy\.yml:2:11: local preset `.github\/linked.yml` is a link that leaves the repository/);
  });

  it('reports a missing local preset where it is named', async () => {
    const message = await configError(policyOf({ '.github/image-route-policy.yml': 'version: 1\nextends: [./nope.yml]\n' }));
    expect(message).toContain('.github/image-route-policy.yml:2:11: policy file `.github/nope.yml` does not exist');
  });
});

describe('locked rules', () => {
  const org = 'version: 1\nrules:\n  checked-date-stale: { severity: error, maxAgeDays: 30 }\nlocked: [checked-date-stale]\n';

  it.each([
    ['lowering it', 'rules:\n  checked-date-stale: warning\n', /:4:3: `checked-date-stale` is locked by .github\/org.yml/],
    ['changing its options', 'rules:\n  checked-date-stale: { maxAgeDays: 365 }\n', /:4:3: `checked-date-stale` is locked/],
    ['overriding it', 'overrides:\n  - routes: ["*"]\n    rules:\n      checked-date-stale: off\n', /:6:7: `checked-date-stale` is locked by .github\/org.yml: .github\/image-route-policy.yml cannot override it/],
    ['waiving it', 'waivers:\n  - rule: checked-date-stale\n    route: a\n    reason: long enough reason\n    owner: me\n    expires: 2026-12-01\n', /:4:11: `checked-date-stale` is locked by .github\/org.yml and cannot be waived/],
  ])('refuses %s, naming both files', async (_name, body, expected) => {
    const message = await configError(policyOf({ '.github/org.yml': org, '.github/image-route-policy.yml': `version: 1\nextends: [./org.yml]\n${body}` }));
    expect(message).toMatch(expected);
  });

  it('allows setting an option of a locked rule to the value it already has', async () => {
    const policy = await policyOf({
      '.github/org.yml': org,
      '.github/image-route-policy.yml': 'version: 1\nextends: [./org.yml]\nrules:\n  checked-date-stale: { volatileMaxAgeDays: 30 }\n',
    });
    expect(policy.rules.get('checked-date-stale')!.options).toEqual({ maxAgeDays: 30, volatileMaxAgeDays: 30 });
  });

  it('allows raising a locked rule', async () => {
    const policy = await policyOf({
      '.github/image-route-policy.yml': 'version: 1\nextends: [recommended]\nrules:\n  secret-in-manifest: error\n',
    });
    expect(policy.rules.get('secret-in-manifest')!.severity.demo).toBe('error');
  });

  it('refuses a waiver of manifest-invalid', async () => {
    const message = await configError(
      policyOf({ '.github/image-route-policy.yml': 'version: 1\nwaivers:\n  - rule: manifest-invalid\n    route: a\n    reason: long enough reason\n    owner: me\n    expires: 2026-12-01\n' }),
    );
    expect(message).toMatch(/:3:11: `manifest-invalid` cannot be waived/);
  });
});

describe('waivers', () => {
  const waiver = (expires: string, extra = ''): string =>
    `version: 1\n${extra}waivers:\n  - rule: trial-in-production\n    route: fal-trial\n    reason: Contract signed, the paid route replaces this one\n    owner: "@acme/ai-governance"\n    expires: ${expires}\n`;

  it('keeps a waiver with its location', async () => {
    const policy = await policyOf({ '.github/image-route-policy.yml': waiver('2027-01-15') });
    expect(policy.waivers).toEqual([
      expect.objectContaining({ rule: 'trial-in-production', route: 'fal-trial', expires: '2027-01-15', at: { file: '.github/image-route-policy.yml', line: 3, column: 5 } }),
    ]);
  });

  it('refuses an expiry more than 365 days ahead, or more than maxWaiverDays', async () => {
    expect(await configError(policyOf({ '.github/image-route-policy.yml': waiver('2027-12-01') }))).toMatch(/:7:14: the waiver expires on 2027-12-01, more than 365 days after 2026-11-23/);
    expect(await configError(policyOf({ '.github/image-route-policy.yml': waiver('2027-01-15', 'maxWaiverDays: 30\n') }))).toMatch(/more than 30 days/);
  });

  it('requires a reason of at least 10 characters and an owner', async () => {
    const message = await configError(
      policyOf({ '.github/image-route-policy.yml': 'version: 1\nwaivers:\n  - rule: limit-missing\n    route: a\n    reason: short\n    expires: 2026-12-01\n' }),
    );
    expect(message).toMatch(/:5:13: `waivers\[0\]\.reason` must explain the waiver in at least 10 characters/);
    expect(message).toMatch(/:3:5: `waivers\[0\]\.owner` is required/);
  });
});

describe('remote presets', () => {
  let server: ContentsServer;
  const org = 'version: 1\nextends: [recommended, ./shared/base.yml]\nrules:\n  checked-date-stale: { severity: error, maxAgeDays: 45 }\nlocked: [checked-date-stale]\n';
  beforeAll(async () => {
    server = await startContentsServer(
      {
        'acme/governance/image-routes/org.yml@v2.1.0': org,
        'acme/governance/image-routes/shared/base.yml@v2.1.0': 'version: 1\nrules:\n  limit-missing: error\n',
        'acme/governance/broken.yml@v1': 'version: 1\nrules: [\n',
      },
      'good-token',
    );
  });
  afterAll(() => server.close());

  const withPreset = (reference: string): Record<string, string> => ({
    '.github/image-route-policy.yml': `version: 1\nextends:\n  - ${reference}\n`,
  });

  it('fetches a pinned preset and the presets it extends, from the same repository and ref', async () => {
    const policy = await policyOf(withPreset('acme/governance/image-routes/org.yml@v2.1.0'), undefined, { token: 'good-token', apiUrl: server.url });
    expect(policy.sources).toEqual([
      'recommended',
      'acme/governance/image-routes/shared/base.yml@v2.1.0',
      'acme/governance/image-routes/org.yml@v2.1.0',
      '.github/image-route-policy.yml',
    ]);
    expect(policy.rules.get('checked-date-stale')!.options.maxAgeDays).toBe(45);
    expect(policy.locked.get('checked-date-stale')).toBe('acme/governance/image-routes/org.yml@v2.1.0');
    expect(server.requests.map((request) => request.url)).toContain('/repos/acme/governance/contents/image-routes/org.yml?ref=v2.1.0');
    expect(server.requests.every((request) => request.authorization === 'Bearer good-token')).toBe(true);
  });

  it('takes a remote preset as the whole policy (--policy OWNER/REPO/PATH@REF)', async () => {
    const policy = await policyOf({}, 'acme/governance/image-routes/org.yml@v2.1.0', { token: 'good-token', apiUrl: server.url });
    expect(policy.sources.at(-1)).toBe('acme/governance/image-routes/org.yml@v2.1.0');
  });

  it.each([
    ['a missing ref', 'acme/governance/image-routes/org.yml@v9', 'good-token', /preset acme\/governance\/image-routes\/org\.yml@v9: not found: image-routes\/org\.yml does not exist at ref `v9`/],
    ['a missing file', 'acme/governance/nope.yml@v2.1.0', 'good-token', /preset acme\/governance\/nope\.yml@v2\.1\.0: not found/],
    ['no token', 'acme/governance/image-routes/org.yml@v2.1.0', undefined, /401 Unauthorized\) \(no token was given/],
    ['a token without access', 'acme/governance/image-routes/org.yml@v2.1.0', 'other-token', /not found: .* or the repository is private and this token cannot see it/],
    ['invalid YAML', 'acme/governance/broken.yml@v1', 'good-token', /acme\/governance\/broken\.yml@v1:\d+:\d+: invalid YAML/],
  ])('fails closed on %s, naming the reference', async (_name, reference, token, expected) => {
    const message = await configError(policyOf(withPreset(reference), undefined, { token, apiUrl: server.url }));
    expect(message).toMatch(expected);
  });

  it('does not let a remote preset climb out of its repository', async () => {
    const local = await startContentsServer({ 'acme/governance/p.yml@v1': 'version: 1\nextends: [../../x.yml]\n' });
    try {
      const message = await configError(policyOf(withPreset('acme/governance/p.yml@v1'), undefined, { apiUrl: local.url }));
      expect(message).toMatch(/acme\/governance\/p\.yml@v1:2:11: preset `..\/..\/x.yml` leaves the repository acme\/governance/);
    } finally {
      await local.close();
    }
  });
});
