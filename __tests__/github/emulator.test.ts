// The emulated GitHub API that the Action's end-to-end tests run against: it must answer like
// GitHub (statuses, shapes, pagination, auth, errors) and flag every request GitHub's published
// OpenAPI description would not accept.
import http from 'node:http';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import {
  ACTIONS_BOT,
  READ_ONLY_TOKEN,
  WRITE_TOKEN,
  blobSha,
  faults,
  startGitHubEmulator,
  validateResponse,
  type GitHubEmulator,
} from '../helpers/github-emulator.js';

type Json = Record<string, unknown>;

let emulator: GitHubEmulator;
const REPO = '/repos/octo-org/octo-repo';

beforeAll(async () => {
  emulator = await startGitHubEmulator({ pullRequests: [7] });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

interface Answer {
  status: number;
  headers: Headers;
  json: unknown;
  text: string;
}

async function api(
  method: string,
  path: string,
  options: { token?: string | null; body?: unknown; headers?: Record<string, string>; server?: GitHubEmulator } = {},
): Promise<Answer> {
  const { token = WRITE_TOKEN, body, server = emulator } = options;
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', ...options.headers };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** rel → URL from a Link header. */
function links(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(',')) {
    const match = /<([^>]+)>;\s*rel="([^"]+)"/.exec(part);
    if (match) out[match[2]!] = match[1]!;
  }
  return out;
}

let clients = 0;
/** The Action's kind of client: @actions/github with the retry and throttling plugins. */
function octokit(token = WRITE_TOKEN, throttle: 'on' | 'off' = 'off', server = emulator) {
  return getOctokit(
    token,
    {
      baseUrl: server.url,
      // Fast backoff for 5xx in tests; retry-after of rate limits is still honoured in seconds.
      retry: { retries: 3, retryAfterBaseValue: 50 },
      throttle: {
        enabled: throttle === 'on',
        // A fresh id gives this client its own write limiter (the groups are module-global).
        id: `emulator-test-${++clients}`,
        onRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) => count < 3,
        onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, count: number) => count < 3,
      },
    },
    retry,
    throttling,
  );
}

function expectNoViolations(server = emulator): void {
  expect(server.violations).toEqual([]);
}

describe('issue comments over plain HTTP', () => {
  it('creates, lists, edits and deletes with GitHub statuses and shapes', async () => {
    const created = await api('POST', `${REPO}/issues/7/comments`, { body: { body: 'first' } });
    expect(created.status).toBe(201);
    const comment = created.json as Json;
    expect(created.headers.get('location')).toBe(comment.url);
    expect(comment).toMatchObject({
      body: 'first',
      user: { login: ACTIONS_BOT.login, id: ACTIONS_BOT.id, type: 'Bot' },
      url: `${emulator.url}${REPO}/issues/comments/${comment.id}`,
      html_url: `https://github.com/octo-org/octo-repo/pull/7#issuecomment-${comment.id}`,
      issue_url: `${emulator.url}${REPO}/issues/7`,
    });
    expect(typeof comment.node_id).toBe('string');
    expect(comment.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(comment.updated_at).toBe(comment.created_at);

    const edited = await api('PATCH', `${REPO}/issues/comments/${comment.id}`, { body: { body: 'second' } });
    expect(edited.status).toBe(200);
    expect(edited.json).toMatchObject({ id: comment.id, body: 'second', created_at: comment.created_at });
    expect((edited.json as Json).updated_at! > comment.created_at!).toBe(true);

    const listed = await api('GET', `${REPO}/issues/7/comments`);
    expect(listed.status).toBe(200);
    expect(listed.headers.get('link')).toBeNull();
    expect((listed.json as Json[]).map((c) => c.body)).toEqual(['second']);

    expect((await api('DELETE', `${REPO}/issues/comments/${comment.id}`)).status).toBe(204);
    expect((await api('DELETE', `${REPO}/issues/comments/${comment.id}`)).status).toBe(404);
    const missing = await api('PATCH', `${REPO}/issues/comments/${comment.id}`, { body: { body: 'x' } });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ message: 'Not Found', documentation_url: expect.stringContaining('docs.github.com'), status: '404' });
    expect(emulator.comments(7)).toEqual([]);
    expect((await api('POST', `${REPO}/issues/99/comments`, { body: { body: 'x' } })).status).toBe(404);
    expectNoViolations();
    expect(emulator.writes().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 201', 'PATCH 200', 'DELETE 204', 'DELETE 404', 'PATCH 404', 'POST 404']);
  });

  it('pages oldest first with a Link header of absolute URLs (prev, next, last, first)', async () => {
    const seeded = emulator.addComments(7, 65, { author: 'octocat', body: (i) => `c${i}` });
    const ids = seeded.map((c) => c.id as number);
    const times = seeded.map((c) => Date.parse(c.created_at as string));
    for (let i = 1; i < ids.length; i++) {
      expect(ids[i]).toBeGreaterThan(ids[i - 1]!);
      expect(times[i]).toBeGreaterThan(times[i - 1]!);
    }

    const first = await api('GET', `${REPO}/issues/7/comments`);
    expect((first.json as Json[]).map((c) => c.body)).toEqual(Array.from({ length: 30 }, (_, i) => `c${i}`));
    expect(links(first.headers.get('link'))).toEqual({
      next: `${emulator.url}${REPO}/issues/7/comments?page=2`,
      last: `${emulator.url}${REPO}/issues/7/comments?page=3`,
    });

    const second = await api('GET', `${REPO}/issues/7/comments?per_page=30&page=2`);
    expect((second.json as Json[])[0]!.body).toBe('c30');
    expect(Object.keys(links(second.headers.get('link')))).toEqual(['prev', 'next', 'last', 'first']);
    expect(links(second.headers.get('link')).next).toBe(`${emulator.url}${REPO}/issues/7/comments?per_page=30&page=3`);

    const last = await api('GET', `${REPO}/issues/7/comments?per_page=30&page=3`);
    expect((last.json as Json[]).map((c) => c.body)).toEqual(['c60', 'c61', 'c62', 'c63', 'c64']);
    expect(Object.keys(links(last.headers.get('link')))).toEqual(['prev', 'first']);

    const all = await api('GET', `${REPO}/issues/7/comments?per_page=100`);
    expect((all.json as Json[]).length).toBe(65);
    expect(all.headers.get('link')).toBeNull();
    expect(all.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    expectNoViolations();
  });

  it('clamps per_page above 100 like GitHub but records it as a violation', async () => {
    emulator.addComments(7, 120);
    const answer = await api('GET', `${REPO}/issues/7/comments?per_page=500`);
    expect((answer.json as Json[]).length).toBe(100);
    expect(emulator.violations).toEqual([expect.stringMatching(/per_page.*"500".*maximum 100/)]);
  });

  it('answers 422 for a missing, mistyped, blank or too long comment body, as GitHub does', async () => {
    const missing = await api('POST', `${REPO}/issues/7/comments`, { body: {} });
    expect(missing.status).toBe(422);
    expect(missing.json).toMatchObject({ message: expect.stringContaining('"body" wasn\'t supplied'), status: '422' });
    const none = await api('POST', `${REPO}/issues/7/comments`);
    expect(none.status).toBe(422);
    const mistyped = await api('PATCH', `${REPO}/issues/comments/1`, { body: { body: 5 } });
    expect(mistyped.status).toBe(422);
    const blank = await api('POST', `${REPO}/issues/7/comments`, { body: { body: '   ' } });
    expect(blank.status).toBe(422);
    const long = await api('POST', `${REPO}/issues/7/comments`, { body: { body: 'x'.repeat(65_537) } });
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.json)).toContain('maximum is 65536 characters');
    expect((await api('POST', `${REPO}/issues/7/comments`, { body: { body: 'x'.repeat(65_536) } })).status).toBe(201);
    expect(emulator.comments(7)).toHaveLength(1);
    expect(emulator.violations).toHaveLength(5);
    expect(emulator.violations[0]).toMatch(/^POST \/repos\/octo-org\/octo-repo\/issues\/7\/comments: issues\/create-comment: .*body/);
  });
});

describe('issues over plain HTTP', () => {
  it('creates issues with auto-created labels, filters by labels and state, and closes with a reason', async () => {
    const created = await api('POST', `${REPO}/issues`, { body: { title: 'Stale routes', body: 'marker', labels: ['image-route-policy'] } });
    expect(created.status).toBe(201);
    const issue = created.json as Json;
    expect(issue).toMatchObject({
      number: 8, // #7 is the pull request: issues and pull requests share numbers
      title: 'Stale routes',
      body: 'marker',
      state: 'open',
      state_reason: null,
      closed_at: null,
      comments: 0,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [{ name: 'image-route-policy', color: 'ededed', default: false, description: null, id: expect.any(Number) }],
    });
    expect(created.headers.get('location')).toBe(`${emulator.url}${REPO}/issues/8`);
    await api('POST', `${REPO}/issues`, { body: { title: 'Other', labels: ['bug', { name: 'IMAGE-ROUTE-POLICY' }] } });

    const labelled = await api('GET', `${REPO}/issues?labels=image-route-policy&state=open&per_page=100`);
    expect((labelled.json as Json[]).map((i) => i.title)).toEqual(['Other', 'Stale routes']); // newest first by default
    expect((labelled.json as Json[])[0]!.labels).toEqual([
      expect.objectContaining({ name: 'bug' }),
      expect.objectContaining({ name: 'image-route-policy' }), // the existing label, not a second one
    ]);
    const both = await api('GET', `${REPO}/issues?labels=bug,image-route-policy&direction=asc`);
    expect((both.json as Json[]).map((i) => i.number)).toEqual([9]);
    const everything = await api('GET', `${REPO}/issues?state=all&sort=created&direction=asc`);
    expect((everything.json as Json[]).map((i) => i.number)).toEqual([7, 8, 9]);
    expect((everything.json as Json[])[0]!.pull_request).toMatchObject({ html_url: 'https://github.com/octo-org/octo-repo/pull/7' });
    expect((everything.json as Json[])[1]!.pull_request).toBeUndefined();

    const commented = await api('POST', `${REPO}/issues/8/comments`, { body: { body: 'All routes are fresh again.' } });
    expect((commented.json as Json).html_url).toMatch(/\/issues\/8#issuecomment-\d+$/);
    const closed = await api('PATCH', `${REPO}/issues/8`, { body: { state: 'closed', state_reason: 'completed' } });
    expect(closed.status).toBe(200);
    expect(closed.json).toMatchObject({ state: 'closed', state_reason: 'completed', comments: 1, closed_by: { login: 'github-actions[bot]' } });
    expect((closed.json as Json).closed_at).toEqual(expect.any(String));

    expect(((await api('GET', `${REPO}/issues?labels=image-route-policy`)).json as Json[]).map((i) => i.number)).toEqual([9]);
    expect(((await api('GET', `${REPO}/issues?state=closed`)).json as Json[]).map((i) => i.number)).toEqual([8]);

    const edited = await api('PATCH', `${REPO}/issues/9`, { body: { title: 'Renamed', body: 'new', labels: [] } });
    expect(edited.json).toMatchObject({ title: 'Renamed', body: 'new', labels: [], state: 'open' });
    const reopened = await api('PATCH', `${REPO}/issues/8`, { body: { state: 'open' } });
    expect(reopened.json).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
    expect((await api('PATCH', `${REPO}/issues/404`, { body: { title: 'x' } })).status).toBe(404);
    expect((await api('POST', `${REPO}/issues`, { body: { body: 'no title' } })).status).toBe(422);
    expect(emulator.issues().map((i) => [i.number, i.state])).toEqual([
      [8, 'open'],
      [9, 'open'],
    ]);
    expect(emulator.violations).toEqual([expect.stringMatching(/issues\/create: .*title/)]);
  });

  it('pages issue lists and rejects an unknown state with 422', async () => {
    for (let i = 0; i < 3; i++) emulator.addIssue({ title: `t${i}`, labels: ['x'] });
    const page = await api('GET', `${REPO}/issues?labels=x&per_page=2&direction=asc`);
    expect((page.json as Json[]).map((i) => i.title)).toEqual(['t0', 't1']);
    expect(links(page.headers.get('link')).next).toBe(`${emulator.url}${REPO}/issues?labels=x&per_page=2&direction=asc&page=2`);
    const bad = await api('GET', `${REPO}/issues?state=bogus`);
    expect(bad.status).toBe(422);
    expect(emulator.violations).toEqual([expect.stringMatching(/`state`="bogus" is not one of open, closed, all/)]);
  });
});

describe('contents over plain HTTP', () => {
  it('serves raw text or the base64 envelope, by repository and ref, and 404s like GitHub', async () => {
    const text = 'extends: recommended\nfailOn: warning\n';
    emulator.setFile('octo-org', 'octo-repo', 'abc123', '.github/image-route-policy.yml', text);
    emulator.setFile('octo-org', 'octo-repo', 'main', 'policy.yml', 'x: 1\n');
    const path = `${REPO}/contents/.github/image-route-policy.yml?ref=abc123`;

    const raw = await api('GET', path, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(raw.status).toBe(200);
    expect(raw.text).toBe(text);
    expect(raw.headers.get('content-type')).toBe('application/vnd.github.raw; charset=utf-8');

    const envelope = (await api('GET', path)).json as Json;
    expect(envelope).toMatchObject({ type: 'file', encoding: 'base64', path: '.github/image-route-policy.yml', name: 'image-route-policy.yml', size: text.length, sha: blobSha(text) });
    expect(Buffer.from(envelope.content as string, 'base64').toString('utf8')).toBe(text);
    expect(blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a'); // `git hash-object`

    // Octokit percent-encodes the slashes of {path}; no ref means the default branch.
    expect((await api('GET', `${REPO}/contents/.github%2Fimage-route-policy.yml?ref=abc123`, { headers: { accept: 'application/vnd.github.v3.raw' } })).text).toBe(text);
    expect((await api('GET', `${REPO}/contents/policy.yml`, { headers: { accept: 'application/vnd.github.raw+json' } })).text).toBe('x: 1\n');
    const listing = await api('GET', `${REPO}/contents/.github?ref=abc123`);
    expect(listing.json).toEqual([expect.objectContaining({ type: 'file', name: 'image-route-policy.yml' })]);

    for (const missing of [`${REPO}/contents/.github/image-route-policy.yml?ref=other`, `${REPO}/contents/nope.yml?ref=abc123`, '/repos/octo-org/unknown/contents/a.yml']) {
      const answer = await api('GET', missing, { headers: { accept: 'application/vnd.github.raw+json' } });
      expect(answer.status).toBe(404);
      expect(answer.json).toEqual({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' });
    }
    expectNoViolations();
  });
});

describe('pull request files and comparisons over plain HTTP', () => {
  it('lists what changed between the refs a pull request was given: status, counts, a patch, renames; paged by 100', async () => {
    emulator.setFile('octo-org', 'octo-repo', 'b1', 'kept.ts', 'a\nb\nc\n');
    emulator.setFile('octo-org', 'octo-repo', 'b1', 'gone.py', 'import openai\n');
    emulator.setFile('octo-org', 'octo-repo', 'b1', 'old/name.ts', 'same\n');
    emulator.setFile('octo-org', 'octo-repo', 'h1', 'kept.ts', 'a\nB\nc\n');
    emulator.setFile('octo-org', 'octo-repo', 'h1', 'new/name.ts', 'same\n');
    emulator.setFile('octo-org', 'octo-repo', 'h1', 'added.md', '# x\n');
    const pull = emulator.addPullRequest();
    emulator.setPullRequestRefs(pull, { base: 'b1', head: 'h1' });
    const answer = await api('GET', `${REPO}/pulls/${pull}/files`);
    expect(answer.status).toBe(200);
    const files = answer.json as { filename: string; status: string; additions: number; deletions: number; patch?: string; previous_filename?: string }[];
    expect(files.map(({ filename, status, additions, deletions, previous_filename }) => ({ filename, status, additions, deletions, previous_filename }))).toEqual([
      { filename: 'added.md', status: 'added', additions: 1, deletions: 0, previous_filename: undefined },
      { filename: 'gone.py', status: 'removed', additions: 0, deletions: 1, previous_filename: undefined },
      { filename: 'kept.ts', status: 'modified', additions: 1, deletions: 1, previous_filename: undefined },
      { filename: 'new/name.ts', status: 'renamed', additions: 0, deletions: 0, previous_filename: 'old/name.ts' },
    ]);
    expect(files[2]!.patch).toBe('@@ -1,3 +1,3 @@\n a\n-b\n+B\n c');
    expect(files[3]!.patch).toBeUndefined();
    // A pull request with no refs lists nothing; an issue number is not a pull request.
    expect((await api('GET', `${REPO}/pulls/7/files`)).json).toEqual([]);
    const issue = emulator.addIssue({ title: 'an issue' }) as { number: number };
    expect((await api('GET', `${REPO}/pulls/${issue.number}/files`)).status).toBe(404);
    for (let index = 0; index < 150; index++) emulator.setFile('octo-org', 'octo-repo', 'h2', `f${String(index).padStart(3, '0')}.ts`, 'x\n');
    const big = emulator.addPullRequest();
    emulator.setPullRequestRefs(big, { base: 'b2', head: 'h2' });
    const first = await api('GET', `${REPO}/pulls/${big}/files?per_page=100`);
    expect((first.json as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toContain('rel="next"');
    const comparison = await api('GET', `${REPO}/compare/b1...h1`);
    expect((comparison.json as { files: { filename: string }[] }).files.map((file) => file.filename)).toEqual(['added.md', 'gone.py', 'kept.ts', 'new/name.ts']);
    expect((await api('GET', `${REPO}/compare/b1...nope`)).status).toBe(404);
  });
});

describe('authentication', () => {
  it('401 without a token or with an unknown one', async () => {
    const anonymous = await api('GET', `${REPO}/issues/7/comments`, { token: null });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({ message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
    expect((await api('GET', `${REPO}/issues/7/comments`, { token: 'ghs_unknown' })).json).toMatchObject({ message: 'Bad credentials', status: '401' });
    expect(emulator.requests.map((r) => r.authorization)).toEqual([false, true]);
    expectNoViolations();
  });

  it("a fork's read-only token reads comments but every write is 403", async () => {
    emulator.addComments(7, 2);
    expect((await api('GET', `${REPO}/issues/7/comments`, { token: READ_ONLY_TOKEN })).status).toBe(200);
    for (const [method, path, body] of [
      ['POST', `${REPO}/issues/7/comments`, { body: 'x' }],
      ['PATCH', `${REPO}/issues/comments/1`, { body: 'x' }],
      ['DELETE', `${REPO}/issues/comments/1`, undefined],
      ['POST', `${REPO}/issues`, { title: 'x' }],
      ['PATCH', `${REPO}/issues/7`, { state: 'closed' }],
    ] as const) {
      const answer = await api(method, path, { token: READ_ONLY_TOKEN, body });
      expect(answer.status).toBe(403);
      expect(answer.json).toMatchObject({ message: 'Resource not accessible by integration', status: '403' });
    }
    expect(emulator.comments(7)).toHaveLength(2);
    expectNoViolations();
  });

  it('hides contents of repositories the token cannot read (404, not 403)', async () => {
    const scoped = await startGitHubEmulator({
      tokens: { own: { canWrite: true, canRead: ['octo-org/octo-repo'] }, all: { canWrite: false, canRead: ['*'] } },
    });
    try {
      scoped.setFile('octo-org', 'presets', 'v1', 'strict.yml', 'a: 1\n');
      scoped.setFile('octo-org', 'octo-repo', 'main', 'p.yml', 'b: 2\n');
      const raw = { accept: 'application/vnd.github.raw+json' };
      expect((await api('GET', '/repos/octo-org/presets/contents/strict.yml?ref=v1', { token: 'own', headers: raw, server: scoped })).status).toBe(404);
      expect((await api('GET', '/repos/OCTO-ORG/Octo-Repo/contents/p.yml', { token: 'own', headers: raw, server: scoped })).text).toBe('b: 2\n');
      expect((await api('GET', '/repos/octo-org/presets/contents/strict.yml?ref=v1', { token: 'all', headers: raw, server: scoped })).text).toBe('a: 1\n');
      expect((await api('GET', '/repos/octo-org/octo-repo/contents/p.yml', { token: WRITE_TOKEN, headers: raw, server: scoped })).status).toBe(401);
      expectNoViolations(scoped);
    } finally {
      await scoped.close();
    }
  });
});

describe('violations', () => {
  it('records unknown endpoints, undeclared query parameters, bad bodies and missing headers', async () => {
    expect((await api('GET', '/repos/octo-org/octo-repo/not-an-endpoint')).status).toBe(404);
    expect((await api('GET', `${REPO}/pulls`)).status).toBe(404); // GitHub has it; the emulator does not answer it
    expect((await api('PUT', `${REPO}/issues/comments/1`, { body: {} })).status).toBe(404);
    await api('GET', `${REPO}/issues/7/comments?sort=created`);
    await api('GET', `${REPO}/issues/7/comments?page=two`);
    expect((await api('POST', `${REPO}/issues/7/comments`, { body: '{"body": ', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    await api('POST', `${REPO}/issues/7/comments`, { body: JSON.stringify({ body: 'form' }), headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    await api('DELETE', `${REPO}/issues/comments/1`, { body: { body: 'x' } });
    expect((await api('PATCH', `${REPO}/issues/7`, { body: { state: 'done' } })).status).toBe(422);
    expect((await api('GET', `${REPO}/issues/7/comments`, { headers: { 'x-github-api-version': '2020-01-01' } })).status).toBe(400);
    const noAgent = await new Promise<number>((resolve, reject) => {
      const url = new URL(`${emulator.url}${REPO}/issues/7/comments`);
      http
        .get(url, { headers: { authorization: `token ${WRITE_TOKEN}` } }, (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(noAgent).toBe(403);

    const v = emulator.violations;
    expect(v).toEqual([
      expect.stringMatching(/^GET \/repos\/octo-org\/octo-repo\/not-an-endpoint: not an operation in GitHub's REST API description$/),
      expect.stringMatching(/^GET \/repos\/octo-org\/octo-repo\/pulls: not an endpoint the emulator answers$/),
      expect.stringMatching(/^PUT .*: GitHub's REST API has no PUT operation on this path$/),
      expect.stringMatching(/issues\/list-comments: query parameter `sort` is not declared/),
      expect.stringMatching(/issues\/list-comments: query parameter `page`="two" is not an integer/),
      expect.stringMatching(/create-comment: the body is not valid JSON/),
      expect.stringMatching(/create-comment: the body is not sent as JSON/),
      expect.stringMatching(/delete-comment: takes no request body/),
      expect.stringMatching(/issues\/update: body \/state must be equal to one of the allowed values/),
      expect.stringMatching(/unsupported X-GitHub-Api-Version 2020-01-01/),
      expect.stringMatching(/no User-Agent header/),
    ]);
  });

  it('records a request the emulator does not answer even when it is refused first (401, fault)', async () => {
    expect((await api('GET', `${REPO}/pulls/7`, { token: null })).status).toBe(401);
    emulator.fail({ path: /\/pulls$/ }, faults.serverError(503));
    expect((await api('GET', `${REPO}/pulls`)).status).toBe(503);
    expect(emulator.violations).toEqual([expect.stringMatching(/pulls\/7: not an endpoint/), expect.stringMatching(/pulls: not an endpoint/)]);
  });
});

describe('with Octokit (the Action’s client)', () => {
  it.each([
    [130, 2],
    [250, 3],
  ])('paginate over %i comments makes %i list requests with per_page 100', async (total, requests) => {
    emulator.addComments(7, total, { body: (i) => `n${i}` });
    const client = octokit();
    const comments = await client.paginate(client.rest.issues.listComments, { owner: 'octo-org', repo: 'octo-repo', issue_number: 7, per_page: 100 });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: total }, (_, i) => `n${i}`));
    expect(emulator.count('GET', /\/issues\/7\/comments$/)).toBe(requests);
    expect(emulator.requests.map((r) => r.query)).toEqual(Array.from({ length: requests }, (_, i) => (i === 0 ? { per_page: '100' } : { per_page: '100', page: String(i + 1) })));
    expect(emulator.requests.every((r) => r.headers.userAgent?.includes('octokit'))).toBe(true);
    expectNoViolations();
  });

  it('creates, edits and deletes comments and issues, and reads contents raw', async () => {
    const client = octokit();
    const target = { owner: 'octo-org', repo: 'octo-repo' };
    const created = await client.rest.issues.createComment({ ...target, issue_number: 7, body: '<!-- marker -->\nreport' });
    expect(created.status).toBe(201);
    await client.rest.issues.updateComment({ ...target, comment_id: created.data.id, body: '<!-- marker -->\nnew' });
    expect(emulator.comments(7).map((c) => c.body)).toEqual(['<!-- marker -->\nnew']);
    expect((await client.rest.issues.deleteComment({ ...target, comment_id: created.data.id })).status).toBe(204);
    await expect(client.rest.issues.deleteComment({ ...target, comment_id: created.data.id })).rejects.toMatchObject({ status: 404 });

    const issue = await client.rest.issues.create({ ...target, title: 'Stale', body: 'x', labels: ['image-route-policy'] });
    const open = await client.paginate(client.rest.issues.listForRepo, { ...target, labels: 'image-route-policy', state: 'open', per_page: 100 });
    expect(open.map((i) => i.number)).toEqual([issue.data.number]);
    await client.rest.issues.update({ ...target, issue_number: issue.data.number, state: 'closed', state_reason: 'not_planned' });
    expect(emulator.issues()[0]).toMatchObject({ state: 'closed', state_reason: 'not_planned' });

    emulator.setFile('octo-org', 'octo-repo', 'f00', '.github/image-route-policy.yml', 'failOn: error\n');
    const raw = await client.rest.repos.getContent({ ...target, path: '.github/image-route-policy.yml', ref: 'f00', mediaType: { format: 'raw' } });
    expect(raw.data).toBe('failOn: error\n');
    const json = await client.rest.repos.getContent({ ...target, path: '.github/image-route-policy.yml', ref: 'f00' });
    expect(json.data).toMatchObject({ type: 'file', encoding: 'base64' });
    await expect(client.rest.repos.getContent({ ...target, path: 'missing.yml', ref: 'f00' })).rejects.toMatchObject({ status: 404 });
    expectNoViolations();
  });

  it("surfaces a fork's 403 without retrying it", async () => {
    const client = octokit(READ_ONLY_TOKEN, 'on');
    await expect(client.rest.issues.createComment({ owner: 'octo-org', repo: 'octo-repo', issue_number: 7, body: 'x' })).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    expect(emulator.count('POST')).toBe(1);
    expectNoViolations();
  });

  it('retries through a 502 and a secondary rate limit (honouring retry-after), then real answers resume', async () => {
    emulator.addComments(7, 3);
    emulator.fail({ method: 'GET', path: /\/issues\/7\/comments$/ }, [faults.serverError(502), faults.secondaryRateLimit(1)]);
    const client = octokit(WRITE_TOKEN, 'on');
    const comments = await client.paginate(client.rest.issues.listComments, { owner: 'octo-org', repo: 'octo-repo', issue_number: 7, per_page: 100 });
    expect(comments).toHaveLength(3);
    expect(emulator.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [403, true],
      [200, false],
    ]);
    // The throttling plugin waited retry-after (1 s) before trying again.
    expect(emulator.requests[2]!.at - emulator.requests[1]!.answeredAt!).toBeGreaterThanOrEqual(900);
    expect(emulator.pendingFaults()).toBe(0);
    expectNoViolations();
  });

  it('a write that failed with 502 or a dropped connection is retried once and stored once', async () => {
    emulator.fail((r) => r.method === 'POST', [faults.drop(), faults.serverError(502)]);
    const client = octokit(WRITE_TOKEN, 'on');
    const created = await client.rest.issues.createComment({ owner: 'octo-org', repo: 'octo-repo', issue_number: 7, body: 'once' });
    expect(created.status).toBe(201);
    expect(emulator.writes().map((r) => r.status)).toEqual([0, 502, 201]);
    expect(emulator.comments(7)).toHaveLength(1);
    expectNoViolations();
  });

  it('a primary rate limit answer carries GitHub headers the throttling plugin understands', async () => {
    let limited = 0;
    emulator.fail({ method: 'GET' }, faults.primaryRateLimit(0));
    const client = getOctokit(WRITE_TOKEN, {
      baseUrl: emulator.url,
      throttle: {
        id: `emulator-test-${++clients}`,
        retryAfterBaseValue: 100, // wait 1/10 of the announced seconds
        onRateLimit: () => {
          limited++;
          return true;
        },
        onSecondaryRateLimit: () => false,
      },
    }, throttling);
    const answer = await client.rest.issues.listComments({ owner: 'octo-org', repo: 'octo-repo', issue_number: 7 });
    expect(answer.status).toBe(200);
    expect(limited).toBe(1);
  });
});

describe('concurrency', () => {
  it('handles overlapping requests as they arrive, with strictly increasing ids and times', async () => {
    const slow = await startGitHubEmulator({ pullRequests: [7], latencyMs: 40 });
    try {
      const post = (n: number) => api('POST', `${REPO}/issues/7/comments`, { body: { body: `b${n}` }, server: slow });
      const answers = await Promise.all(Array.from({ length: 8 }, (_, n) => post(n)));
      expect(answers.every((a) => a.status === 201)).toBe(true);
      // Several requests were in flight at once (not handled one after another).
      const [a, b] = slow.requests;
      expect(b!.at).toBeLessThan(a!.answeredAt!);
      const stored = slow.comments(7);
      expect(stored).toHaveLength(8);
      for (let i = 1; i < stored.length; i++) {
        expect(stored[i]!.id as number).toBeGreaterThan(stored[i - 1]!.id as number);
        expect(Date.parse(stored[i]!.created_at as string)).toBeGreaterThan(Date.parse(stored[i - 1]!.created_at as string));
      }
      expectNoViolations(slow);
    } finally {
      await slow.close();
    }
  });

  it('keeps state between clients and reset() forgets it while ids keep increasing', async () => {
    const [before] = emulator.addComments(7, 1);
    await octokit().rest.issues.createComment({ owner: 'octo-org', repo: 'octo-repo', issue_number: 7, body: 'from a second client' });
    expect(emulator.comments(7)).toHaveLength(2);
    emulator.fail({}, faults.serverError());
    emulator.reset();
    expect(emulator.comments(7)).toEqual([]);
    expect(emulator.requests).toEqual([]);
    expect(emulator.pendingFaults()).toBe(0);
    const [after] = emulator.addComments(7, 1);
    expect(after!.id as number).toBeGreaterThan(before!.id as number);
  });
});

describe("answers match GitHub's OpenAPI response schemas", () => {
  it('every answer of a full session validates (emulator checking its own responses)', async () => {
    const strict = await startGitHubEmulator({ pullRequests: [7], validateResponses: true });
    try {
      const client = octokit(WRITE_TOKEN, 'off', strict);
      const target = { owner: 'octo-org', repo: 'octo-repo' };
      strict.addComments(7, 3, { author: 'octocat' });
      const created = await client.rest.issues.createComment({ ...target, issue_number: 7, body: 'x' });
      await client.rest.issues.updateComment({ ...target, comment_id: created.data.id, body: 'y' });
      await client.paginate(client.rest.issues.listComments, { ...target, issue_number: 7, per_page: 2 });
      await client.rest.issues.deleteComment({ ...target, comment_id: created.data.id });
      const issue = await client.rest.issues.create({ ...target, title: 'Stale', body: 'b', labels: ['image-route-policy'] });
      await client.rest.issues.listForRepo({ ...target, state: 'all' });
      await client.rest.issues.update({ ...target, issue_number: issue.data.number, state: 'closed', state_reason: 'completed' });
      strict.setFile('octo-org', 'octo-repo', 'main', 'dir/a.yml', 'a: 1\n');
      await client.rest.repos.getContent({ ...target, path: 'dir/a.yml' });
      await client.rest.repos.getContent({ ...target, path: 'dir' });
      strict.setFile('octo-org', 'octo-repo', 'base', 'a.ts', 'one\ntwo\n');
      strict.setFile('octo-org', 'octo-repo', 'head', 'a.ts', 'one\n2\n');
      strict.setPullRequestRefs(7, { base: 'base', head: 'head' });
      await client.paginate(client.rest.pulls.listFiles, { ...target, pull_number: 7, per_page: 100 });
      // Error answers are documented too.
      await api('POST', `${REPO}/issues/7/comments`, { body: { body: '' }, server: strict });
      await api('POST', `${REPO}/issues/7/comments`, { body: { body: 'x'.repeat(70_000) }, server: strict });
      await api('GET', `${REPO}/contents/nope.yml`, { server: strict });
      await api('POST', `${REPO}/issues/404/comments`, { body: { body: 'x' }, server: strict });
      expect(strict.violations.filter((v) => !/blank|too long|characters; GitHub allows/.test(v))).toEqual([]);
      expect(strict.requests.length).toBeGreaterThanOrEqual(14);
    } finally {
      await strict.close();
    }
  });

  it('the schema check is not vacuous: a wrong shape is caught', () => {
    const [comment] = emulator.addComments(7, 1);
    const template = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
    expect(validateResponse('POST', template, 201, comment)).toEqual([]);
    expect(validateResponse('POST', template, 201, { ...comment, id: String(comment!.id) })).toEqual([expect.stringContaining('/id must be integer')]);
    const withoutUser: Json = { ...comment };
    delete withoutUser.user;
    expect(validateResponse('POST', template, 201, withoutUser)).toEqual([expect.stringContaining("must have required property 'user'")]);
    expect(validateResponse('GET', '/repos/{owner}/{repo}/issues', 200, emulator.issues({ includePullRequests: true }))).toEqual([]);
    expect(validateResponse('GET', '/repos/{owner}/{repo}/issues', 200, [{ number: 1 }])!.length).toBeGreaterThan(0);
  });
});
