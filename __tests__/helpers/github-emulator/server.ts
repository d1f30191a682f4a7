// A local HTTP server that answers the part of GitHub's REST API the Action uses (issue comments,
// issues, contents), with GitHub's shapes, status codes, pagination, auth rules and error bodies.
// Every request is recorded and checked against GitHub's OpenAPI description; anything GitHub would
// not accept (or the emulator does not know) becomes a readable entry in `violations`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkParameterValue, findOperation, requestSchema, validateAgainst, validateResponse, type SpecOperation } from './openapi.js';
import {
  ACTIONS_BOT,
  Store,
  commentJson,
  comparisonJson,
  diffEntries,
  directoryJson,
  fileJson,
  issueJson,
  uniqueLabels,
  type Account,
  type PullRefs,
  type Repository,
  type StoredIssue,
  type Urls,
} from './state.js';

// ---- Public types ----

export interface TokenRights {
  /** May create, edit and delete comments and issues (a fork's token may not). */
  canWrite: boolean;
  /** `owner/repo` names whose contents this token can read; `'*'` for every repository. */
  canRead: string[];
  /** The account the token acts as (default `github-actions[bot]`). */
  login?: string;
}

export interface EmulatorOptions {
  /** Default: WRITE_TOKEN (can write, reads everything) and READ_ONLY_TOKEN (a fork's: no writes, no contents). */
  tokens?: Record<string, TokenRights>;
  /** The repository the state helpers use by default (`owner/repo`). Default `octo-org/octo-repo`. */
  repo?: string;
  /** Other repositories that exist (a repository with files from setFile exists too). */
  repos?: string[];
  /** Pull requests that exist in the default repository when started and after reset(). */
  pullRequests?: number[];
  /** Branch used when a contents request has no `ref`. Default `main`. */
  defaultBranch?: string;
  /** Delay before each request is handled (makes concurrent runs interleave like over a network). */
  latencyMs?: number;
  /** Check requests against GitHub's OpenAPI description. Default true. */
  validateRequests?: boolean;
  /** Also check every JSON answer against the documented response schema (slower). Default false. */
  validateResponses?: boolean;
  /** Web base URL used in html_url fields. Default https://github.com. */
  webUrl?: string;
}

export interface RecordedRequest {
  /** 1, 2, 3… in order of arrival. */
  seq: number;
  method: string;
  /** Path as sent (percent-encoded), without the query. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body, the raw text if it is not JSON, or undefined when empty. */
  body: unknown;
  headers: { accept?: string; contentType?: string; userAgent?: string; apiVersion?: string };
  /** Whether an Authorization header was sent (the token itself is not recorded). */
  authorization: boolean;
  /** The OpenAPI path template matched, e.g. `/repos/{owner}/{repo}/issues`. */
  template?: string;
  /** HTTP status answered; 0 while in flight or when the connection was dropped. */
  status: number;
  fault: boolean;
  /** Date.now() when the request arrived. */
  at: number;
  /** Date.now() when the answer was sent. */
  answeredAt?: number;
}

export type FaultMatch = ((request: RecordedRequest) => boolean) | { method?: string; path?: RegExp | string };

export type FaultResponse =
  | { status: number; headers?: Record<string, string>; body?: unknown; delayMs?: number }
  /** Destroy the connection without answering (a network error for the client). */
  | { drop: true };

/** Canned faults with GitHub's wording. */
export const faults = {
  serverError(status = 502): FaultResponse {
    return { status, body: { message: 'Server Error' } };
  },
  secondaryRateLimit(retryAfterSeconds = 1): FaultResponse {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID EMU:0000:0000 and timestamp 2026-01-01 00:00:00 UTC.',
        documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    };
  },
  primaryRateLimit(resetInSeconds = 1): FaultResponse {
    return {
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds) },
      body: {
        message: 'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID EMU:0000:0000.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        status: '403',
      },
    };
  },
  drop(): FaultResponse {
    return { drop: true };
  },
  /** Any error status GitHub documents for the endpoint (e.g. 422, which is not retried). */
  status(status: number, message = 'Validation Failed'): FaultResponse {
    return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } };
  },
};

export const WRITE_TOKEN = 'ghs_emulatorWriteToken00000000000000000';
export const READ_ONLY_TOKEN = 'ghs_emulatorForkReadOnlyToken000000000';
export const MAX_BODY_CHARACTERS = 65536;
const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];

// ---- Internals ----

interface Reply {
  status: number;
  body?: unknown;
  /** Sent as is (raw file contents). */
  text?: string;
  headers?: Record<string, string>;
  delayMs?: number;
}

interface Context {
  record: RecordedRequest;
  url: URL;
  params: Record<string, string>;
  body: unknown;
  rights: TokenRights;
  account: Account;
  accept: string;
  operation?: SpecOperation;
}

interface Route {
  method: string;
  template: string;
  regex: RegExp;
  params: string[];
  write: boolean;
  handler: (this: GitHubEmulator, context: Context) => Reply;
}

const ERROR_DOCS = 'https://docs.github.com/rest';

function errorBody(status: number, message: string, documentationUrl = ERROR_DOCS, extra: Record<string, unknown> = {}): Reply {
  return { status, body: { message, ...extra, documentation_url: documentationUrl, status: String(status) } };
}

function compileRoute(method: string, template: string, handler: Route['handler']): Route {
  const params: string[] = [];
  const pattern = template
    .split('/')
    .map((segment, index, all) => {
      const param = /^\{(.+)\}$/.exec(segment);
      if (!param) return segment;
      params.push(param[1]!);
      return param[1] === 'path' && index === all.length - 1 ? '(.+)' : '([^/]+)';
    })
    .join('/');
  return { method, template, regex: new RegExp(`^${pattern}$`), params, write: method !== 'GET', handler };
}

const decode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

const characters = (text: string): number => [...text].length;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function accountFor(rights: TokenRights): Account {
  const login = rights.login ?? ACTIONS_BOT.login;
  if (login === ACTIONS_BOT.login) return ACTIONS_BOT;
  let id = 1000;
  for (const char of login) id = (id * 31 + char.charCodeAt(0)) % 90_000_000;
  return { login, id: id + 10_000_000, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

function parseAccount(author: string | Account | undefined): Account {
  if (author === undefined) return ACTIONS_BOT;
  if (typeof author !== 'string') return author;
  return accountFor({ canWrite: true, canRead: [], login: author });
}

// ---- The emulator ----

export class GitHubEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly options: Required<Omit<EmulatorOptions, 'tokens' | 'repos' | 'pullRequests'>> & Pick<EmulatorOptions, 'repos' | 'pullRequests'>;
  private tokens: Record<string, TokenRights>;
  private store = new Store();
  private queued: { match: FaultMatch; responses: FaultResponse[] }[] = [];
  private server: http.Server | undefined;
  private baseUrl: string | undefined;
  private readonly routes: Route[];

  constructor(options: EmulatorOptions = {}) {
    this.tokens = options.tokens ?? {
      [WRITE_TOKEN]: { canWrite: true, canRead: ['*'] },
      [READ_ONLY_TOKEN]: { canWrite: false, canRead: [] },
    };
    this.options = {
      repo: options.repo ?? 'octo-org/octo-repo',
      repos: options.repos,
      pullRequests: options.pullRequests,
      defaultBranch: options.defaultBranch ?? 'main',
      latencyMs: options.latencyMs ?? 0,
      validateRequests: options.validateRequests ?? true,
      validateResponses: options.validateResponses ?? false,
      webUrl: options.webUrl ?? 'https://github.com',
    };
    this.routes = [
      compileRoute('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', this.listComments),
      compileRoute('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', this.createComment),
      compileRoute('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', this.updateComment),
      compileRoute('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', this.deleteComment),
      compileRoute('GET', '/repos/{owner}/{repo}/issues', this.listIssues),
      compileRoute('POST', '/repos/{owner}/{repo}/issues', this.createIssue),
      compileRoute('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', this.updateIssue),
      compileRoute('GET', '/repos/{owner}/{repo}/contents/{path}', this.getContent),
      compileRoute('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files', this.listPullFiles),
      compileRoute('GET', '/repos/{owner}/{repo}/compare/{basehead}', this.compareCommits),
    ];
    this.seed();
  }

  /** The API base URL (give it to the Action as GITHUB_API_URL). */
  get url(): string {
    if (!this.baseUrl) throw new Error('the GitHub emulator is not started');
    return this.baseUrl;
  }

  /** The default repository, `owner/repo`. */
  get repo(): string {
    return this.options.repo;
  }

  async start(): Promise<string> {
    if (this.baseUrl) return this.baseUrl;
    const server = http.createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(`emulator error on ${request.method} ${request.url}: ${(error as Error).stack ?? String(error)}`);
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify({ message: 'Server Error' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.baseUrl = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- Observation ----

  /** Requests that change something (every method but GET and HEAD). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  /** How many requests had this method (`*` for any) and a path matching `path`. */
  count(method: string, path?: RegExp | string): number {
    return this.requests.filter((r) => (method === '*' || r.method === method.toUpperCase()) && matchesPath(r.path, path)).length;
  }

  // ---- Faults ----

  /**
   * Answers the next requests that match with these responses, one each, in order; then real
   * answers resume. Queues are consulted in the order they were added.
   */
  fail(match: FaultMatch, responses: FaultResponse | FaultResponse[]): void {
    this.queued.push({ match, responses: Array.isArray(responses) ? [...responses] : [responses] });
  }

  /** Fault responses not yet used. */
  pendingFaults(): number {
    return this.queued.reduce((sum, q) => sum + q.responses.length, 0);
  }

  setTokens(tokens: Record<string, TokenRights>): void {
    this.tokens = tokens;
  }

  // ---- State helpers ----

  /** Adds `count` comments to an issue or pull request (a pull request is created if the number is new). */
  addComments(
    issueNumber: number,
    count: number,
    options: { author?: string | Account; body?: string | ((index: number) => string); repo?: string } = {},
  ): Record<string, unknown>[] {
    const repo = this.repository(options.repo);
    const issue = repo.issues.get(issueNumber) ?? this.store.addIssue(repo, { title: `Pull request #${issueNumber}`, author: parseAccount('octocat'), pullRequest: true, number: issueNumber });
    const author = parseAccount(options.author ?? 'octocat');
    const created = [];
    for (let index = 0; index < count; index++) {
      const body = typeof options.body === 'function' ? options.body(index) : (options.body ?? `Comment ${index + 1}`);
      created.push(commentJson(this.urls(), repo, this.store.addComment(repo, issue, body, author)));
    }
    return created;
  }

  /** The comments of an issue or pull request, oldest first, in GitHub's shape. */
  comments(issueNumber: number, options: { repo?: string } = {}): Record<string, unknown>[] {
    const repo = this.repository(options.repo);
    return [...repo.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
      .map((c) => commentJson(this.urls(), repo, c));
  }

  /** Creates an issue directly (e.g. a tracking issue left by an earlier run). */
  addIssue(fields: { title: string; body?: string; labels?: string[]; state?: 'open' | 'closed'; author?: string | Account; repo?: string }): Record<string, unknown> {
    const repo = this.repository(fields.repo);
    const issue = this.store.addIssue(repo, { title: fields.title, body: fields.body ?? null, labels: fields.labels, author: parseAccount(fields.author) });
    if (fields.state === 'closed') this.close_(issue, 'completed', issue.author);
    return issueJson(this.urls(), repo, issue, true);
  }

  /** Creates an open pull request (its number is shared with issues, as on GitHub). */
  addPullRequest(number?: number, options: { title?: string; author?: string | Account; repo?: string } = {}): number {
    const repo = this.repository(options.repo);
    const issue = this.store.addIssue(repo, { title: options.title ?? 'A pull request', author: parseAccount(options.author ?? 'octocat'), pullRequest: true, number });
    return issue.number;
  }

  /** Issues (not pull requests) in GitHub's shape, by number. */
  issues(options: { repo?: string; includePullRequests?: boolean } = {}): Record<string, unknown>[] {
    const repo = this.repository(options.repo);
    return [...repo.issues.values()]
      .filter((i) => options.includePullRequests || !i.pullRequest)
      .sort((a, b) => a.number - b.number)
      .map((i) => issueJson(this.urls(), repo, i, true));
  }

  /** Makes `path` readable at `ref` (a branch, tag or SHA) through the contents endpoint. */
  setFile(owner: string, repo: string, ref: string, path: string, text: string): void {
    const repository = this.store.repository(owner, repo, true)!;
    let files = repository.files.get(ref);
    if (!files) repository.files.set(ref, (files = new Map()));
    files.set(path.replace(/^\/+/, ''), text);
  }

  /**
   * Gives a pull request its base and head commits: "list pull request files" answers with the
   * difference between the files set at the two refs (setFile).
   */
  setPullRequestRefs(number: number, refs: PullRefs, options: { repo?: string } = {}): void {
    this.repository(options.repo).pulls.set(number, refs);
  }

  /** Forgets all state, requests, violations and faults. Ids and timestamps keep increasing. */
  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.queued = [];
    this.store.repos.clear();
    this.seed();
  }

  // ---- Request pipeline ----

  private seed(): void {
    const [owner, name] = splitRepo(this.options.repo);
    const repo = this.store.repository(owner, name, true)!;
    for (const extra of this.options.repos ?? []) this.store.repository(...splitRepo(extra), true);
    for (const number of this.options.pullRequests ?? []) {
      this.store.addIssue(repo, { title: `Pull request #${number}`, author: parseAccount('octocat'), pullRequest: true, number });
    }
  }

  private repository(fullName?: string): Repository {
    const [owner, name] = splitRepo(fullName ?? this.options.repo);
    return this.store.repository(owner, name, true)!;
  }

  private urls(): Urls {
    return { api: this.baseUrl ?? 'http://127.0.0.1', web: this.options.webUrl };
  }

  private violation(record: RecordedRequest, message: string): void {
    this.violations.push(`${record.method} ${record.path}${queryString(record.query)}: ${message}`);
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    const rawBody = await readBody(request);
    const header = (name: string): string | undefined => {
      const value = request.headers[name];
      return Array.isArray(value) ? value.join(', ') : value;
    };
    const record: RecordedRequest = {
      seq: this.requests.length + 1,
      method: (request.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      headers: { accept: header('accept'), contentType: header('content-type'), userAgent: header('user-agent'), apiVersion: header('x-github-api-version') },
      authorization: header('authorization') !== undefined,
      status: 0,
      fault: false,
      at: Date.now(),
    };
    this.requests.push(record);
    if (this.options.latencyMs > 0) await sleep(this.options.latencyMs);

    const reply = this.respond(record, url, rawBody, header);
    if (reply === 'drop') {
      request.socket.destroy();
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    record.status = reply.status;
    record.answeredAt = Date.now();
    this.send(record, response, reply);
  }

  private respond(record: RecordedRequest, url: URL, rawBody: string, header: (name: string) => string | undefined): Reply | 'drop' {
    // The body, parsed as GitHub does (it reads JSON whatever the content type says).
    let parsed: unknown;
    let parseError = false;
    if (rawBody.length > 0) {
      try {
        parsed = JSON.parse(rawBody);
      } catch {
        parseError = true;
        parsed = rawBody;
      }
    }
    record.body = parsed;

    const route = this.routes.find((r) => r.method === record.method && r.regex.test(record.path));
    const spec = this.options.validateRequests ? this.checkRequest(record, url, rawBody, parseError, parsed) : undefined;
    // Recorded whatever is answered (a fault or a 401 may come first).
    if (!route && !spec?.reported) this.violation(record, 'not an endpoint the emulator answers');

    // A queued fault answers before anything else (GitHub's front ends fail before the app runs).
    const fault = this.takeFault(record);
    if (fault) {
      record.fault = true;
      if ('drop' in fault) return 'drop';
      return { status: fault.status, body: fault.body, headers: fault.headers, delayMs: fault.delayMs };
    }

    if (!record.headers.userAgent) {
      this.violation(record, 'no User-Agent header (GitHub rejects such requests with 403)');
      return errorBody(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).');
    }
    const apiVersion = record.headers.apiVersion;
    if (apiVersion !== undefined && !SUPPORTED_API_VERSIONS.includes(apiVersion)) {
      this.violation(record, `unsupported X-GitHub-Api-Version ${apiVersion}`);
      return errorBody(400, `API version ${apiVersion} is not supported.`);
    }

    const authorization = header('authorization');
    if (!authorization) return errorBody(401, 'Requires authentication');
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1];
    const rights = token === undefined ? undefined : this.tokens[token];
    if (!rights) return errorBody(401, 'Bad credentials');

    if (!route) return errorBody(404, 'Not Found');
    record.template = route.template;
    const docs = spec?.operation?.docsUrl ?? ERROR_DOCS;
    if (parseError) return errorBody(400, 'Problems parsing JSON', docs);
    if (route.write && !rights.canWrite) return errorBody(403, 'Resource not accessible by integration', docs);
    if (spec?.reply) return spec.reply;

    const match = route.regex.exec(record.path)!;
    const params: Record<string, string> = {};
    route.params.forEach((name, index) => {
      params[name] = decode(match[index + 1]!);
    });
    const reply = route.handler.call(this, {
      record,
      url,
      params,
      body: parsed,
      rights,
      account: accountFor(rights),
      accept: header('accept') ?? '',
      operation: spec?.operation,
    });
    if (this.options.validateResponses && reply.text === undefined) {
      const problems = validateResponse(record.method, route.template, reply.status, reply.body);
      if (problems === undefined) this.violation(record, `answered ${reply.status}, a status with no documented JSON body`);
      for (const problem of problems ?? []) this.violation(record, `emulator answer ${reply.status} does not match GitHub's schema: ${problem}`);
    }
    return reply;
  }

  /** Checks the request against GitHub's OpenAPI description, recording violations. */
  private checkRequest(
    record: RecordedRequest,
    url: URL,
    rawBody: string,
    parseError: boolean,
    parsed: unknown,
  ): { operation?: SpecOperation; reply?: Reply; reported: boolean } {
    const { match, pathKnown } = findOperation(record.method, record.path);
    if (!match) {
      this.violation(record, pathKnown ? `GitHub's REST API has no ${record.method} operation on this path` : "not an operation in GitHub's REST API description");
      return { reported: true };
    }
    const { operation, pathParams } = match;
    record.template = operation.template;
    let reply: Reply | undefined;
    const declared = new Map(operation.parameters.map((p) => [`${p.in}:${p.name}`, p]));

    for (const [name, value] of Object.entries(pathParams)) {
      const parameter = declared.get(`path:${name}`);
      const problem = parameter && checkParameterValue(parameter, value);
      if (problem) this.violation(record, `${operation.operationId}: ${problem}`);
    }
    for (const [name, value] of url.searchParams) {
      const parameter = declared.get(`query:${name}`);
      if (!parameter) {
        this.violation(record, `${operation.operationId}: query parameter \`${name}\` is not declared for this operation`);
        continue;
      }
      const problem = checkParameterValue(parameter, value);
      if (!problem) continue;
      this.violation(record, `${operation.operationId}: ${problem}`);
      // GitHub rejects a value outside an enum; it clamps per_page and ignores the rest.
      if (Array.isArray(parameter.schema?.enum) && !reply) {
        reply = errorBody(422, 'Validation Failed', operation.docsUrl, { errors: [{ value, resource: 'Issue', field: name, code: 'invalid' }] });
      }
    }
    for (const parameter of operation.parameters) {
      if (parameter.in === 'query' && parameter.required && !url.searchParams.has(parameter.name)) {
        this.violation(record, `${operation.operationId}: required query parameter \`${parameter.name}\` is missing`);
      }
    }

    const schema = requestSchema(operation);
    if (!schema) {
      if (rawBody.length > 0) this.violation(record, `${operation.operationId}: takes no request body, but one was sent`);
    } else if (rawBody.length === 0) {
      // GitHub reads a missing body as {}: required fields are then "not supplied" (422).
      const problems = validateAgainst(schema, {});
      for (const problem of problems) this.violation(record, `${operation.operationId}: no request body, ${problem.path} ${problem.message}`);
      if (problems.length) reply ??= errorBody(422, `Invalid request.\n\n${problems.map(describeProblem).join('\n')}`, operation.docsUrl);
    } else {
      if (!/application\/(.+\+)?json/i.test(record.headers.contentType ?? '')) {
        this.violation(record, `${operation.operationId}: the body is not sent as JSON (content-type ${record.headers.contentType ?? 'missing'})`);
      }
      if (parseError) {
        this.violation(record, `${operation.operationId}: the body is not valid JSON`);
      } else {
        const problems = validateAgainst(schema, parsed);
        for (const problem of problems) this.violation(record, `${operation.operationId}: body ${problem.path} ${problem.message}`);
        if (problems.length) reply ??= errorBody(422, `Invalid request.\n\n${problems.map(describeProblem).join('\n')}`, operation.docsUrl);
      }
    }
    return { operation, reply, reported: false };
  }

  private takeFault(record: RecordedRequest): FaultResponse | undefined {
    for (const queue of this.queued) {
      if (queue.responses.length === 0) continue;
      const matches = typeof queue.match === 'function' ? queue.match(record) : (!queue.match.method || queue.match.method.toUpperCase() === record.method) && matchesPath(record.path, queue.match.path);
      if (matches) return queue.responses.shift();
    }
    return undefined;
  }

  private send(record: RecordedRequest, response: http.ServerResponse, reply: Reply): void {
    const remaining = Math.max(1, 5000 - this.requests.length);
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-request-id': `EMU:${record.seq}`,
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.status === 204) {
      delete headers['content-type'];
      response.writeHead(204, headers);
      response.end();
      return;
    }
    const text = reply.text ?? (reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body));
    response.writeHead(reply.status, { ...headers, 'content-length': String(Buffer.byteLength(text)) });
    response.end(text);
  }

  // ---- Endpoints ----

  private repoFor(context: Context): Repository | undefined {
    const repo = this.store.repository(context.params.owner!, context.params.repo!);
    return repo;
  }

  private issueFor(context: Context): { repo?: Repository; issue?: StoredIssue } {
    const repo = this.repoFor(context);
    const number = context.params.issue_number ?? '';
    const issue = repo && /^\d+$/.test(number) ? repo.issues.get(Number(number)) : undefined;
    return { repo, issue };
  }

  private notFound(context: Context): Reply {
    return errorBody(404, 'Not Found', context.operation?.docsUrl ?? ERROR_DOCS);
  }

  private listComments(context: Context): Reply {
    const { repo, issue } = this.issueFor(context);
    if (!repo || !issue) return this.notFound(context);
    const since = context.url.searchParams.get('since');
    const sinceMs = since ? Date.parse(since) : NaN;
    const all = [...repo.comments.values()]
      .filter((c) => c.issueNumber === issue.number && (Number.isNaN(sinceMs) || c.updatedAt >= sinceMs))
      .sort((a, b) => a.id - b.id);
    return this.page(context, all.map((c) => commentJson(this.urls(), repo, c)));
  }

  private createComment(context: Context): Reply {
    const { repo, issue } = this.issueFor(context);
    if (!repo || !issue) return this.notFound(context);
    const body = (context.body as { body?: unknown } | undefined)?.body;
    const invalid = this.checkText(context, 'IssueComment', 'body', body, true);
    if (invalid) return invalid;
    const comment = commentJson(this.urls(), repo, this.store.addComment(repo, issue, body as string, context.account));
    return { status: 201, body: comment, headers: { location: String(comment.url) } };
  }

  private findComment(context: Context): { repo?: Repository; id: number } {
    const repo = this.repoFor(context);
    const raw = context.params.comment_id ?? '';
    const id = /^\d+$/.test(raw) ? Number(raw) : NaN;
    return { repo: repo && repo.comments.has(id) ? repo : undefined, id };
  }

  private updateComment(context: Context): Reply {
    const { repo, id } = this.findComment(context);
    if (!repo) return this.notFound(context);
    const body = (context.body as { body?: unknown } | undefined)?.body;
    const invalid = this.checkText(context, 'IssueComment', 'body', body, true);
    if (invalid) return invalid;
    const comment = repo.comments.get(id)!;
    comment.body = body as string;
    comment.updatedAt = this.store.tick();
    return { status: 200, body: commentJson(this.urls(), repo, comment) };
  }

  private deleteComment(context: Context): Reply {
    const { repo, id } = this.findComment(context);
    if (!repo) return this.notFound(context);
    const comment = repo.comments.get(id)!;
    repo.comments.delete(id);
    const issue = repo.issues.get(comment.issueNumber);
    if (issue) issue.commentCount--;
    return { status: 204 };
  }

  private listIssues(context: Context): Reply {
    const repo = this.repoFor(context);
    if (!repo) return this.notFound(context);
    const query = context.url.searchParams;
    const state = query.get('state') ?? 'open';
    const wanted = (query.get('labels') ?? '')
      .split(',')
      .map((l) => l.trim().toLowerCase())
      .filter(Boolean);
    const since = query.get('since');
    const sinceMs = since ? Date.parse(since) : NaN;
    const sort = query.get('sort') ?? 'created';
    const direction = query.get('direction') ?? 'desc';
    const key = (i: StoredIssue): number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? i.commentCount : i.createdAt);
    const issues = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((l) => i.labels.includes(l)))
      .filter((i) => Number.isNaN(sinceMs) || i.updatedAt >= sinceMs)
      .sort((a, b) => (key(a) - key(b) || a.id - b.id) * (direction === 'asc' ? 1 : -1));
    return this.page(context, issues.map((i) => issueJson(this.urls(), repo, i)));
  }

  private createIssue(context: Context): Reply {
    const repo = this.repoFor(context);
    if (!repo) return this.notFound(context);
    const fields = (context.body ?? {}) as { title?: unknown; body?: unknown; labels?: unknown };
    const title = typeof fields.title === 'number' ? String(fields.title) : fields.title;
    const invalid = this.checkText(context, 'Issue', 'title', title, true, 256) ?? this.checkText(context, 'Issue', 'body', fields.body, false);
    if (invalid) return invalid;
    const labels = labelNames(fields.labels);
    if (labels === undefined) return this.validationFailed(context, 'Issue', 'labels', 'invalid');
    const issue = this.store.addIssue(repo, { title: title as string, body: (fields.body as string | undefined) ?? null, labels, author: context.account });
    const json = issueJson(this.urls(), repo, issue, true);
    return { status: 201, body: json, headers: { location: String(json.url) } };
  }

  private updateIssue(context: Context): Reply {
    const { repo, issue } = this.issueFor(context);
    if (!repo || !issue) return this.notFound(context);
    const fields = (context.body ?? {}) as { title?: unknown; body?: unknown; state?: unknown; state_reason?: unknown; labels?: unknown };
    const title = typeof fields.title === 'number' ? String(fields.title) : fields.title;
    if (title !== undefined && title !== null) {
      const invalid = this.checkText(context, 'Issue', 'title', title, true, 256);
      if (invalid) return invalid;
    }
    if (fields.body !== undefined && fields.body !== null) {
      const invalid = this.checkText(context, 'Issue', 'body', fields.body, false);
      if (invalid) return invalid;
    }
    if (fields.state !== undefined && fields.state !== 'open' && fields.state !== 'closed') return this.validationFailed(context, 'Issue', 'state', 'invalid');
    let labels: string[] | undefined;
    if (fields.labels !== undefined) {
      labels = labelNames(fields.labels);
      if (labels === undefined) return this.validationFailed(context, 'Issue', 'labels', 'invalid');
    }
    if (typeof title === 'string') issue.title = title;
    if (fields.body !== undefined) issue.body = (fields.body as string | null) ?? null;
    if (labels) issue.labels = uniqueLabels(this.store, repo, labels);
    // state_reason is ignored unless the state changes (GitHub's documented rule).
    if (fields.state === 'closed' && issue.state === 'open') {
      this.close_(issue, typeof fields.state_reason === 'string' && fields.state_reason !== 'reopened' ? fields.state_reason : 'completed', context.account);
    } else if (fields.state === 'open' && issue.state === 'closed') {
      issue.state = 'open';
      issue.stateReason = 'reopened';
      issue.closedAt = null;
      issue.closedBy = null;
    }
    issue.updatedAt = this.store.tick();
    return { status: 200, body: issueJson(this.urls(), repo, issue, true) };
  }

  private close_(issue: StoredIssue, reason: string, by: Account): void {
    const at = this.store.tick();
    issue.state = 'closed';
    issue.stateReason = reason;
    issue.closedAt = at;
    issue.closedBy = by;
    issue.updatedAt = at;
  }

  private listPullFiles(context: Context): Reply {
    const repo = this.repoFor(context);
    const number = context.params.pull_number ?? '';
    const pull = repo && /^\d+$/.test(number) ? repo.issues.get(Number(number)) : undefined;
    if (!repo || !pull?.pullRequest) return this.notFound(context);
    const refs = repo.pulls.get(pull.number);
    return this.page(context, refs ? diffEntries(this.urls(), repo, refs) : []);
  }

  /** The comparison of two refs whose files were set (setFile): its `files`, as GitHub lists up to 300. */
  private compareCommits(context: Context): Reply {
    const repo = this.repoFor(context);
    const [base, head] = (context.params.basehead ?? '').split('...');
    if (!repo || !base || !head || !repo.files.has(base) || !repo.files.has(head)) return this.notFound(context);
    return { status: 200, body: comparisonJson(this.urls(), repo, { base, head }) };
  }

  private getContent(context: Context): Reply {
    const { owner, repo: name, path: filePath } = context.params as { owner: string; repo: string; path: string };
    const readable = context.rights.canRead.some((entry) => entry === '*' || entry.toLowerCase() === `${owner}/${name}`.toLowerCase());
    const repo = readable ? this.store.repository(owner, name) : undefined;
    const ref = context.url.searchParams.get('ref') ?? this.options.defaultBranch;
    const files = repo?.files.get(ref);
    const cleanPath = filePath.replace(/^\/+|\/+$/g, '');
    if (!repo || !files) return this.notFound(context);
    const text = files.get(cleanPath);
    if (text === undefined) {
      const listing = directoryJson(this.urls(), repo, ref, cleanPath, files);
      return listing ? { status: 200, body: listing } : this.notFound(context);
    }
    if (/application\/vnd\.github(\.v3)?\.raw/i.test(context.accept)) {
      return {
        status: 200,
        text,
        headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8', 'x-github-media-type': 'github.v3; param=raw' },
      };
    }
    return { status: 200, body: fileJson(this.urls(), repo, ref, cleanPath, text) };
  }

  // ---- Shared answers ----

  /** One page of `items` with GitHub's Link header (absolute URLs on this server). */
  private page(context: Context, items: unknown[]): Reply {
    const query = context.url.searchParams;
    const asked = Number(query.get('per_page'));
    // GitHub clamps per_page to 100 and falls back to 30 for anything unusable.
    const perPage = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 100) : 30;
    const askedPage = Number(query.get('page'));
    const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const params = new URLSearchParams(query);
      params.set('page', String(n));
      return `<${this.url}${context.record.path}?${params}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  /** GitHub's checks on a text field: required, not blank, at most `max` characters. */
  private checkText(context: Context, resource: string, field: string, value: unknown, required: boolean, max = MAX_BODY_CHARACTERS): Reply | undefined {
    if (value === undefined || value === null) {
      if (!required) return undefined;
      this.violation(context.record, `${field} is required`);
      return errorBody(422, `Invalid request.\n\n"${field}" wasn't supplied.`, context.operation?.docsUrl);
    }
    if (typeof value !== 'string') {
      this.violation(context.record, `${field} is not a string`);
      return errorBody(422, `Invalid request.\n\nFor 'properties/${field}', ${JSON.stringify(value)} is not a string.`, context.operation?.docsUrl);
    }
    if (required && value.trim() === '') {
      this.violation(context.record, `${field} is blank`);
      return this.validationFailed(context, resource, field, 'missing_field');
    }
    const length = characters(value);
    if (length > max) {
      this.violation(context.record, `${field} has ${length} characters; GitHub allows at most ${max}`);
      return errorBody(422, 'Validation Failed', context.operation?.docsUrl, {
        errors: [{ resource, code: 'custom', field, message: `${field} is too long (maximum is ${max} characters)` }],
      });
    }
    return undefined;
  }

  private validationFailed(context: Context, resource: string, field: string, code: string): Reply {
    return errorBody(422, 'Validation Failed', context.operation?.docsUrl, { errors: [{ resource, code, field }] });
  }
}

function labelNames(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  const names: string[] = [];
  for (const item of value) {
    const name = typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name;
    if (typeof name !== 'string' || name.trim() === '') return undefined;
    names.push(name);
  }
  return names;
}

function describeProblem(problem: { path: string; message: string; keyword: string; missingProperty?: string }): string {
  if (problem.keyword === 'required' && problem.missingProperty) return `"${problem.missingProperty}" wasn't supplied.`;
  return `For '${problem.path.replace(/^\//, 'properties/')}', ${problem.message}.`;
}

function splitRepo(fullName: string): [string, string] {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length) throw new Error(`expected owner/repo, got ${JSON.stringify(fullName)}`);
  return [owner, name];
}

function matchesPath(path: string, pattern: RegExp | string | undefined): boolean {
  if (pattern === undefined) return true;
  return typeof pattern === 'string' ? path === pattern : pattern.test(path);
}

function queryString(query: Record<string, string>): string {
  const params = new URLSearchParams(query).toString();
  return params ? `?${params}` : '';
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Creates and starts an emulator. */
export async function startGitHubEmulator(options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new GitHubEmulator(options);
  await emulator.start();
  return emulator;
}


