// The emulated repositories (issues, pull requests, comments, labels, files) and the JSON shapes
// GitHub gives them. Ids come from one counter and timestamps from one clock, both strictly
// increasing, so "oldest" is always well-defined, even across reset().
import crypto from 'node:crypto';

export interface Account {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** The author of comments made with GITHUB_TOKEN. */
export const ACTIONS_BOT: Account = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  author: Account;
  createdAt: number;
  updatedAt: number;
}

export interface StoredLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface StoredIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  author: Account;
  /** Lower-cased label names (GitHub's labels are case-insensitive). */
  labels: string[];
  state: 'open' | 'closed';
  stateReason: string | null;
  createdAt: number;
  updatedAt: number;
  closedAt: number | null;
  closedBy: Account | null;
  pullRequest: boolean;
  commentCount: number;
}

export interface Repository {
  owner: string;
  name: string;
  issues: Map<number, StoredIssue>;
  comments: Map<number, StoredComment>;
  labels: Map<string, StoredLabel>;
  /** ref → path → text */
  files: Map<string, Map<string, string>>;
  /** pull request number → its base and head refs (its changed files are their difference) */
  pulls: Map<number, PullRefs>;
}

/** Base URLs used inside bodies: the API (this server) and the web UI. */
export interface Urls {
  api: string;
  web: string;
}

export const repoKey = (owner: string, name: string): string => `${owner}/${name}`.toLowerCase();

export class Store {
  readonly repos = new Map<string, Repository>();
  private lastId = 3_000_000_000; // beyond int32, as GitHub's ids are
  private lastTime = 0;

  nextId(): number {
    return ++this.lastId;
  }

  /** Whole seconds (GitHub's resolution), at least one second after the previous stamp. */
  tick(): number {
    const now = Math.floor(Date.now() / 1000) * 1000;
    this.lastTime = Math.max(now, this.lastTime + 1000);
    return this.lastTime;
  }

  repository(owner: string, name: string, create = false): Repository | undefined {
    const key = repoKey(owner, name);
    let repo = this.repos.get(key);
    if (!repo && create) {
      repo = { owner, name, issues: new Map(), comments: new Map(), labels: new Map(), files: new Map(), pulls: new Map() };
      this.repos.set(key, repo);
    }
    return repo;
  }

  nextNumber(repo: Repository): number {
    let max = 0;
    for (const number of repo.issues.keys()) max = Math.max(max, number);
    return max + 1;
  }

  /** Labels named on an issue are created on the fly, as GitHub does. */
  label(repo: Repository, name: string): StoredLabel {
    const key = name.toLowerCase();
    let label = repo.labels.get(key);
    if (!label) {
      label = { id: this.nextId(), name, color: 'ededed', description: null };
      repo.labels.set(key, label);
    }
    return label;
  }

  addIssue(
    repo: Repository,
    fields: { title: string; body?: string | null; labels?: string[]; author: Account; pullRequest?: boolean; number?: number },
  ): StoredIssue {
    const number = fields.number ?? this.nextNumber(repo);
    if (repo.issues.has(number)) throw new Error(`issue #${number} already exists in ${repo.owner}/${repo.name}`);
    const at = this.tick();
    const issue: StoredIssue = {
      id: this.nextId(),
      number,
      title: fields.title,
      body: fields.body ?? null,
      author: fields.author,
      labels: uniqueLabels(this, repo, fields.labels ?? []),
      state: 'open',
      stateReason: null,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
      pullRequest: fields.pullRequest ?? false,
      commentCount: 0,
    };
    repo.issues.set(number, issue);
    return issue;
  }

  addComment(repo: Repository, issue: StoredIssue, body: string, author: Account): StoredComment {
    const at = this.tick();
    const comment: StoredComment = { id: this.nextId(), issueNumber: issue.number, body, author, createdAt: at, updatedAt: at };
    repo.comments.set(comment.id, comment);
    issue.commentCount++;
    issue.updatedAt = at;
    return comment;
  }
}

export function uniqueLabels(store: Store, repo: Repository, names: string[]): string[] {
  const keys: string[] = [];
  for (const name of names) {
    const label = store.label(repo, name);
    const key = label.name.toLowerCase();
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

// ---- Shapes ----

export const isoTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

const nodeId = (prefix: string, id: number): string => `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;

export function userJson(urls: Urls, account: Account): Record<string, unknown> {
  const api = `${urls.api}/users/${encodeURIComponent(account.login)}`;
  const html = account.type === 'Bot' ? `${urls.web}/apps/${account.login.replace(/\[bot\]$/, '')}` : `${urls.web}/${account.login}`;
  return {
    login: account.login,
    id: account.id,
    node_id: account.type === 'Bot' ? `BOT_kgDO${account.id}` : `U_kgDO${account.id}`,
    avatar_url: `https://avatars.githubusercontent.com/${account.type === 'Bot' ? 'in' : 'u'}/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: html,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

const repoApi = (urls: Urls, repo: Repository): string => `${urls.api}/repos/${repo.owner}/${repo.name}`;
const repoWeb = (urls: Urls, repo: Repository): string => `${urls.web}/${repo.owner}/${repo.name}`;

function reactions(url: string): Record<string, unknown> {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

export function commentJson(urls: Urls, repo: Repository, comment: StoredComment): Record<string, unknown> {
  const url = `${repoApi(urls, repo)}/issues/comments/${comment.id}`;
  const isPull = repo.issues.get(comment.issueNumber)?.pullRequest ?? false;
  return {
    url,
    html_url: `${repoWeb(urls, repo)}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(urls, repo)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: userJson(urls, comment.author),
    created_at: isoTime(comment.createdAt),
    updated_at: isoTime(comment.updatedAt),
    author_association: comment.author.login === repo.owner ? 'OWNER' : 'NONE',
    body: comment.body,
    reactions: reactions(`${url}/reactions`),
    performed_via_github_app: null,
  };
}

export function labelJson(urls: Urls, repo: Repository, label: StoredLabel): Record<string, unknown> {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApi(urls, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: false,
    description: label.description,
  };
}

export function issueJson(urls: Urls, repo: Repository, issue: StoredIssue, single = false): Record<string, unknown> {
  const url = `${repoApi(urls, repo)}/issues/${issue.number}`;
  const web = `${repoWeb(urls, repo)}/${issue.pullRequest ? 'pull' : 'issues'}/${issue.number}`;
  const json: Record<string, unknown> = {
    url,
    repository_url: repoApi(urls, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: web,
    id: issue.id,
    node_id: nodeId(issue.pullRequest ? 'PR' : 'I', issue.id),
    number: issue.number,
    title: issue.title,
    user: userJson(urls, issue.author),
    labels: issue.labels.map((key) => repo.labels.get(key)).filter((l): l is StoredLabel => !!l).map((l) => labelJson(urls, repo, l)),
    state: issue.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: issue.commentCount,
    created_at: isoTime(issue.createdAt),
    updated_at: isoTime(issue.updatedAt),
    closed_at: issue.closedAt === null ? null : isoTime(issue.closedAt),
    author_association: issue.author.login === repo.owner ? 'OWNER' : 'NONE',
    type: null,
    active_lock_reason: null,
    sub_issues_summary: { total: 0, completed: 0, percent_completed: 0 },
    issue_dependencies_summary: { blocked_by: 0, total_blocked_by: 0, blocking: 0, total_blocking: 0 },
    body: issue.body,
    reactions: reactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
  if (issue.pullRequest) {
    json.draft = false;
    json.pull_request = {
      url: `${repoApi(urls, repo)}/pulls/${issue.number}`,
      html_url: web,
      diff_url: `${web}.diff`,
      patch_url: `${web}.patch`,
      merged_at: null,
    };
  }
  // GitHub names who closed an issue only on single-issue answers, not in lists.
  if (single) json.closed_by = issue.closedBy ? userJson(urls, issue.closedBy) : null;
  return json;
}

/** Git's blob id: sha1 of "blob <size>\0<bytes>". */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return crypto.createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function fileJson(urls: Urls, repo: Repository, ref: string, filePath: string, text: string): Record<string, unknown> {
  const sha = blobSha(text);
  const encodedPath = filePath.split('/').map(encodeURIComponent).join('/');
  const url = `${repoApi(urls, repo)}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${repoApi(urls, repo)}/git/blobs/${sha}`;
  const htmlUrl = `${repoWeb(urls, repo)}/blob/${encodeURIComponent(ref)}/${encodedPath}`;
  // GitHub wraps the base64 at 60 characters, with a trailing newline.
  const base64 = Buffer.from(text, 'utf8').toString('base64');
  const content = base64 ? `${base64.match(/.{1,60}/g)!.join('\n')}\n` : '';
  return {
    name: filePath.split('/').pop(),
    path: filePath,
    sha,
    size: Buffer.byteLength(text, 'utf8'),
    url,
    html_url: htmlUrl,
    git_url: gitUrl,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${encodeURIComponent(ref)}/${encodedPath}`,
    type: 'file',
    content,
    encoding: 'base64',
    _links: { self: url, git: gitUrl, html: htmlUrl },
  };
}

/** A directory listing (GitHub answers a directory path with an array of entries). */
export function directoryJson(urls: Urls, repo: Repository, ref: string, dir: string, files: Map<string, string>): Record<string, unknown>[] | undefined {
  const prefix = dir.replace(/\/+$/, '') + '/';
  const entries = new Map<string, Record<string, unknown>>();
  for (const [filePath, text] of files) {
    if (!filePath.startsWith(prefix)) continue;
    const rest = filePath.slice(prefix.length);
    const [first, ...deeper] = rest.split('/');
    const entryPath = prefix + first;
    if (entries.has(entryPath)) continue;
    const encodedPath = entryPath.split('/').map(encodeURIComponent).join('/');
    const url = `${repoApi(urls, repo)}/contents/${encodedPath}?ref=${encodeURIComponent(ref)}`;
    const isDir = deeper.length > 0;
    const sha = isDir ? blobSha(`tree:${entryPath}`) : blobSha(text);
    const gitUrl = `${repoApi(urls, repo)}/git/${isDir ? 'trees' : 'blobs'}/${sha}`;
    const htmlUrl = `${repoWeb(urls, repo)}/${isDir ? 'tree' : 'blob'}/${encodeURIComponent(ref)}/${encodedPath}`;
    entries.set(entryPath, {
      name: first,
      path: entryPath,
      sha,
      size: isDir ? 0 : Buffer.byteLength(text, 'utf8'),
      url,
      html_url: htmlUrl,
      git_url: gitUrl,
      download_url: isDir ? null : `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${encodeURIComponent(ref)}/${encodedPath}`,
      type: isDir ? 'dir' : 'file',
      _links: { self: url, git: gitUrl, html: htmlUrl },
    });
  }
  return entries.size ? [...entries.values()].sort((a, b) => String(a.name).localeCompare(String(b.name))) : undefined;
}

/** A pull request's two commits: its files are the difference between what the refs hold. */
export interface PullRefs {
  base: string;
  head: string;
}

/**
 * GitHub's "list pull request files": one diff entry per changed path, in path order, with a unified
 * patch from a longest-common-subsequence line diff (small files only, as in tests), and a file
 * removed and added with the same content reported as one rename.
 */
export function diffEntries(urls: Urls, repo: Repository, refs: PullRefs): Record<string, unknown>[] {
  const before = repo.files.get(refs.base) ?? new Map<string, string>();
  const after = repo.files.get(refs.head) ?? new Map<string, string>();
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const removed = paths.filter((file) => before.has(file) && !after.has(file));
  const renamedFrom = new Map<string, string>();
  for (const file of paths) {
    if (before.has(file) || !after.has(file)) continue;
    const source = removed.find((old) => before.get(old) === after.get(file) && ![...renamedFrom.values()].includes(old));
    if (source !== undefined) renamedFrom.set(file, source);
  }
  const entries: Record<string, unknown>[] = [];
  for (const file of paths) {
    const old = before.get(file);
    const now = after.get(file);
    if (old === now || [...renamedFrom.values()].includes(file)) continue;
    const from = renamedFrom.get(file);
    const status = from !== undefined ? 'renamed' : old === undefined ? 'added' : now === undefined ? 'removed' : 'modified';
    const { patch, additions, deletions } = unifiedPatch(from !== undefined ? (before.get(from) ?? '') : (old ?? ''), now ?? '');
    const ref = status === 'removed' ? refs.base : refs.head;
    const encoded = file.split('/').map(encodeURIComponent).join('/');
    entries.push({
      sha: blobSha(now ?? old ?? ''),
      filename: file,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${repoWeb(urls, repo)}/blob/${ref}/${encoded}`,
      raw_url: `${repoWeb(urls, repo)}/raw/${ref}/${encoded}`,
      contents_url: `${repoApi(urls, repo)}/contents/${encoded}?ref=${ref}`,
      ...(additions + deletions > 0 ? { patch } : {}),
      ...(from !== undefined ? { previous_filename: from } : {}),
    });
  }
  return entries;
}

function unifiedPatch(oldText: string, newText: string): { patch: string; additions: number; deletions: number } {
  const a = oldText === '' ? [] : oldText.replace(/\n$/, '').split('\n');
  const b = newText === '' ? [] : newText.replace(/\n$/, '').split('\n');
  // Longest common subsequence table, then a walk that emits context, `-` and `+` lines.
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  let additions = 0;
  let deletions = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push(` ${a[i]}`);
      i++;
      j++;
    } else if (i < a.length && (j === b.length || table[i + 1]![j]! >= table[i]![j + 1]!)) {
      // Removals before additions, as git prints them.
      lines.push(`-${a[i++]}`);
      deletions++;
    } else {
      lines.push(`+${b[j++]}`);
      additions++;
    }
  }
  // One hunk over the whole file: a valid patch, if wider than GitHub's three lines of context.
  return { patch: `@@ -${a.length ? 1 : 0},${a.length} +${b.length ? 1 : 0},${b.length} @@\n${lines.join('\n')}`, additions, deletions };
}

/** GitHub's "compare two commits" for refs whose files were set: the diff entries and a minimal rest. */
export function comparisonJson(urls: Urls, repo: Repository, refs: PullRefs): Record<string, unknown> {
  const commit = (sha: string) => ({ sha, url: `${repoApi(urls, repo)}/commits/${sha}`, html_url: `${repoWeb(urls, repo)}/commit/${sha}` });
  return {
    url: `${repoApi(urls, repo)}/compare/${refs.base}...${refs.head}`,
    html_url: `${repoWeb(urls, repo)}/compare/${refs.base}...${refs.head}`,
    permalink_url: `${repoWeb(urls, repo)}/compare/${refs.base}...${refs.head}`,
    diff_url: `${repoWeb(urls, repo)}/compare/${refs.base}...${refs.head}.diff`,
    patch_url: `${repoWeb(urls, repo)}/compare/${refs.base}...${refs.head}.patch`,
    base_commit: commit(refs.base),
    merge_base_commit: commit(refs.base),
    status: 'ahead',
    ahead_by: 1,
    behind_by: 0,
    total_commits: 1,
    commits: [commit(refs.head)],
    files: diffEntries(urls, repo, refs).slice(0, 300),
  };
}
