// The Action's inputs (action.yml), read with @actions/core and checked into one typed value. A bad
// value is a configuration error: the step fails with a message naming the input.
import * as core from '@actions/core';
import { ConfigError } from '../policy/errors.js';
import { FAIL_ON, type FailOn } from '../policy/severity.js';
import { isCalendarDate } from '../text/dates.js';
import { FAIL_SCOPES, type FailScope } from '../report/scope.js';

export interface ActionInputs {
  routes: string[];
  policy?: string;
  policyToken: string;
  githubToken: string;
  mode: 'auto' | 'check' | 'stale';
  comment: 'auto' | 'always' | 'never';
  failOn?: FailOn;
  /** `new`: only the findings a pull request introduces fail the step. */
  failOnScope: FailScope;
  staleWithinDays: number;
  issueLabel: string;
  sarifFile?: string;
  today?: string;
  /** Undefined: the policy's `scan.enabled` decides. */
  scan?: boolean;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError({ message: `input \`${name}\` must be one of ${allowed.join(', ')}, not \`${value}\`` });
}

export function readInputs(): ActionInputs {
  const input = (name: string): string => core.getInput(name).trim();
  const githubToken = input('github-token');
  const routes = input('routes')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  const days = input('stale-within-days') || '14';
  if (!/^\d{1,4}$/.test(days)) throw new ConfigError({ message: `input \`stale-within-days\` must be a whole number of days, not \`${days}\`` });
  const today = input('today') || undefined;
  if (today !== undefined && !isCalendarDate(today)) throw new ConfigError({ message: `input \`today\` must be a real date written YYYY-MM-DD, not \`${today}\`` });
  const failOn = input('fail-on');
  return {
    routes,
    policy: input('policy') || undefined,
    policyToken: input('policy-token') || githubToken,
    githubToken,
    mode: oneOf('mode', input('mode') || 'auto', ['auto', 'check', 'stale'] as const),
    comment: oneOf('comment', input('comment') || 'auto', ['auto', 'always', 'never'] as const),
    failOn: failOn ? oneOf('fail-on', failOn, FAIL_ON) : undefined,
    failOnScope: oneOf('fail-on-scope', input('fail-on-scope') || 'all', FAIL_SCOPES),
    staleWithinDays: Number(days),
    issueLabel: input('issue-label') || 'image-route-policy',
    sarifFile: input('sarif-file') || undefined,
    today,
    scan: input('scan') === '' ? undefined : oneOf('scan', input('scan'), ['true', 'false'] as const) === 'true',
  };
}
