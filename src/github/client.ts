// An Octokit for the Action: the real @actions/github client with the retry and throttling plugins,
// so 5xx answers and rate limits (primary and secondary, honouring `retry-after`) are retried with
// backoff, a bounded number of times.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Give up on a rate limit that asks us to wait longer than this (seconds). */
const MAX_RETRY_AFTER = 60;
const MAX_RETRIES = 3;

export function createClient(token: string, log: (message: string) => void, baseUrl?: string): GitHubClient {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    const again = retryCount < MAX_RETRIES && retryAfter <= MAX_RETRY_AFTER;
    log(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return again;
  };
  return getOctokit(
    token,
    {
      ...(baseUrl ? { baseUrl } : {}),
      retry: { retries: MAX_RETRIES },
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
