// Remote presets: `OWNER/REPO/PATH@REF`, read through GitHub's REST contents API with a token. The
// only network access the tool ever makes, and only when a policy names such a preset.
import { ConfigError, type ConfigProblem } from './errors.js';

export interface RemoteReference {
  owner: string;
  repo: string;
  path: string;
  ref: string;
  /** The reference as written. */
  text: string;
}

const REMOTE_PATTERN = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})\/([^@\s]+)@([^@\s]+)$/;

export function parseRemoteReference(text: string): RemoteReference | undefined {
  const match = REMOTE_PATTERN.exec(text);
  if (!match) return undefined;
  const [, owner, repo, filePath, ref] = match as unknown as [string, string, string, string, string];
  if (filePath.split('/').some((part) => part === '..' || part === '.' || part === '')) return undefined;
  return { owner, repo, path: filePath, ref, text };
}

export const DEFAULT_API_URL = 'https://api.github.com';
const MAX_PRESET_BYTES = 1024 * 1024;
const ATTEMPTS = 3;

export interface RemoteOptions {
  token?: string;
  apiUrl?: string;
}

/** One fetch per preset, token and run: a pinned ref does not change under us. */
const fetched = new Map<string, Promise<string>>();

export function fetchRemotePreset(reference: RemoteReference, options: RemoteOptions, namedBy?: ConfigProblem): Promise<string> {
  const key = `${options.apiUrl ?? ''}\u0000${options.token ?? ''}\u0000${reference.text}`;
  let pending = fetched.get(key);
  if (!pending) {
    pending = fetchOnce(reference, options, namedBy);
    fetched.set(key, pending);
  }
  return pending;
}

async function fetchOnce(reference: RemoteReference, options: RemoteOptions, namedBy?: ConfigProblem): Promise<string> {
  const base = (options.apiUrl || DEFAULT_API_URL).replace(/\/+$/, '');
  const encodedPath = reference.path.split('/').map(encodeURIComponent).join('/');
  const url = `${base}/repos/${encodeURIComponent(reference.owner)}/${encodeURIComponent(reference.repo)}/contents/${encodedPath}?ref=${encodeURIComponent(reference.ref)}`;
  const fail = (reason: string): never => {
    throw new ConfigError({ ...namedBy, file: namedBy?.file ?? reference.text, message: `preset ${reference.text}: ${reason}` });
  };
  const headers: Record<string, string> = {
    accept: 'application/vnd.github.raw+json',
    'user-agent': 'image-route-policy',
    'x-github-api-version': '2022-11-28',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  let response: Response | undefined;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      response = await fetch(url, { headers, signal: AbortSignal.timeout(15_000) });
    } catch (error) {
      if (attempt === ATTEMPTS) fail(`could not reach the GitHub API at ${base} (${(error as Error).message})`);
      await delay(attempt);
      continue;
    }
    if (response.status < 500 || attempt === ATTEMPTS) break;
    await delay(attempt);
  }
  if (!response) return fail('no answer from the GitHub API');
  const tokenHint = options.token ? '' : ' (no token was given: pass --token or set GITHUB_TOKEN)';
  switch (response.status) {
    case 200:
      break;
    case 404:
      fail(`not found: ${reference.path} does not exist at ref \`${reference.ref}\` of ${reference.owner}/${reference.repo}, or the repository is private and this token cannot see it${tokenHint}`);
      break;
    case 401:
      fail(`the token was rejected (401 Unauthorized)${tokenHint}`);
      break;
    case 403:
      fail(`no access with this token (403 Forbidden)${tokenHint}`);
      break;
    default:
      fail(`the GitHub API answered ${response.status} ${response.statusText}`);
  }
  const text = await response.text();
  if (text.length > MAX_PRESET_BYTES) fail('the preset is larger than 1 MiB');
  // With the raw media type GitHub sends the file itself; some proxies still send the JSON envelope.
  if ((response.headers.get('content-type') ?? '').includes('json') && text.trimStart().startsWith('{')) {
    let envelope: { type?: string; content?: string; encoding?: string } = {};
    try {
      envelope = JSON.parse(text) as typeof envelope;
    } catch {
      fail('the GitHub API sent a malformed answer');
    }
    if (envelope.type !== 'file' || typeof envelope.content !== 'string') fail(`${reference.path} is not a file`);
    return Buffer.from(envelope.content!, envelope.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }
  return text;
}

function delay(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));
}
