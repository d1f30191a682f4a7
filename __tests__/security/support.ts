// Shared pieces of the security tests: writing hostile repositories, running the CLI (the shipped
// bundle as a process, and the source in-process with a TTY for colours), running the bundled Action
// while keeping every file it writes, and the per-channel checks that say what "no injection
// survives" means for markdown, workflow commands, terminals, JSON and SARIF.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { markdownUrl } from '../../src/report/escape.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

export const TODAY = '2026-11-23';
export const COMMENT_MARKER = '<!-- image-route-policy:report -->';
export const STALE_MARKER = '<!-- image-route-policy:stale -->';

// ---------------------------------------------------------------------------------------------
// Writing hostile YAML

/**
 * A YAML 1.2 double-quoted scalar for any string: JSON's escapes are YAML's, and every character
 * outside printable ASCII is written as an escape so the file itself stays plain (YAML refuses raw
 * C0/C1 controls, and raw bidi characters would make the fixture unreadable).
 */
export function yamlString(text: string): string {
  return JSON.stringify(text).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A block-style YAML document from a plain value, every string (keys too) an escaped scalar. */
export function toYaml(value: unknown): string {
  return `${block(value, 0).join('\n')}\n`;
}

function inline(value: unknown): string {
  if (typeof value === 'string') return yamlString(value);
  if (Array.isArray(value)) return '[]';
  if (value !== null && typeof value === 'object') return '{}';
  return String(value);
}

function isCollection(value: unknown): value is object {
  return value !== null && typeof value === 'object' && Object.keys(value).length > 0;
}

function block(value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (!isCollection(item)) return [`${pad}- ${inline(item)}`];
      const lines = block(item, indent + 2);
      return [`${pad}- ${lines[0]!.trimStart()}`, ...lines.slice(1)];
    });
  }
  return Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .flatMap(([key, item]) => (isCollection(item) ? [`${pad}${yamlString(key)}:`, ...block(item, indent + 2)] : [`${pad}${yamlString(key)}: ${inline(item)}`]));
}

export function makeRoot(prefix: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(root, '.git'));
  return root;
}

export function write(root: string, relative: string, text: string): string {
  const target = path.join(root, relative);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  return target;
}

/** A route that no rule objects to in any stage but the one a test breaks on purpose. */
export function quietRoute(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: 'official-api',
    stage: 'exploration',
    provider: 'openai',
    model: 'gpt-image-2',
    keyOwner: 'platform-team',
    secretRef: 'env:OPENAI_KEY',
    billing: { payer: 'our-account', trigger: 'per image', unit: 'image', failureBilling: 'not-charged' },
    limits: 'Tier 3: 50 images/min',
    dataTerms: 'https://openai.com/policies',
    support: 'platform-oncall',
    fallback: 'queue and retry',
    userData: false,
    tested: { date: '2026-11-01', covers: ['generate', 'errors', 'retries'] },
    checked: '2026-11-20',
    ...extra,
  };
}

// ---------------------------------------------------------------------------------------------
// The CLI

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const CLI = path.join(PROJECT_ROOT, 'dist/cli.js');

/** The shipped bundle as a process, the way users and CI run it (no colour: stdout is a pipe). */
export function cliProcess(args: readonly string[], cwd: string, env: Record<string, string> = {}, nodeArgs: readonly string[] = []): Run {
  const result = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { PATH: process.env.PATH ?? '', ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking this process: for runs that talk to a server living in this process. */
export function cliProcessAsync(args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** The CLI in-process, with a terminal for standard output when `tty` is set (colours on). */
export async function cliInProcess(args: readonly string[], cwd: string, options: { tty?: boolean; env?: Record<string, string> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

// ---------------------------------------------------------------------------------------------
// The Action, keeping what it writes

/** The Action runner shared with the end-to-end tests (it keeps every file the Action wrote). */
export { runAction, type ActionRun as ActionResult } from '../helpers/action-runner.js';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const UNSAFE_CHARACTERS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;

function describeChar(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function rawCharacterProblems(text: string, where: string, allowed?: RegExp): string[] {
  const stripped = allowed ? text.replace(allowed, '') : text;
  const match = UNSAFE_CHARACTERS.exec(stripped);
  if (!match) return [];
  const at = match.index;
  return [`${where}: raw ${describeChar(match[0])} near ${JSON.stringify(stripped.slice(Math.max(0, at - 30), at + 30))}`];
}

/**
 * The markdown a line renders from, with every escaped character (`\x`), entity (`&amp;` `&lt;`
 * `&gt;`) and neutralised `@`/`#` (followed by a zero-width joiner) replaced by a plain `x`: what
 * remains is structure only, ours or injected.
 */
export function markdownSkeleton(line: string): string {
  let out = '';
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '\\' && index + 1 < line.length) {
      out += 'x';
      index++;
    } else if (char === '&' && /^&(?:amp|lt|gt);/.test(line.slice(index))) {
      out += 'x';
      index = line.indexOf(';', index);
    } else if ((char === '@' || char === '#') && line[index + 1] === '\u200D') {
      out += 'x';
      index++;
    } else out += char;
  }
  return out;
}

const OUR_TAGS = /<\/?(?:code|details|summary|sub)>|<br>/g;
const OUR_LINES = [
  /^## [❌✅] Image route policy: [a-z ,]+$/,
  /^### (?:Routes missing an owner, a billing trigger or a checked date|Other findings|Findings|Findings \(\d+\)|Routes \(\d+\)|Call sites no route covers|Call sites \(\d+\)|Stop-rule matrix|Findings by route|Fix with one command)$/,
  /^The article's checklist for each route with open findings\. ✅ passes · ❌ error · ⚠️ warning · ℹ️ notice · 💤 waived · — not required at the route's stage\.$/,
  /^🆕 \*\*(?:\d+ findings? new in this pull request\*\* \((?:\d+ (?:error|warning|notice)s?(?:, )?)+\), marked 🆕 below\.|This pull request adds no finding\.\*\*) \d+ findings? (?:was|were) already on the base branch\.$/,
  /^\d+ other routes? pass(?:es)? every check\.$/,
  /^\d+ more routes? with findings: see the job summary\.$/,
  /^(?:<code>image-route-policy fix<\/code> applies \d+ safe fix(?:es)? \(misspelt keys and values\)(?:; )?)?(?:<code>image-route-policy fix --suggestions<\/code> also applies \d+ suggestions? to review \(such as a retired model's replacement\))?\. Each edits the manifest in place and keeps its comments and layout\.$/,
  /^Image-API calls in the source that no route of the manifests declares: declare a route for each \(with `code` globs naming the file\), or tie the call to one with an `image-route: <route-id>` comment\.$/,
  /^## Image routes to re-check$/,
  /^\*\*\d+ errors?, \d+ warnings?, \d+ notices?, \d+ waived in \d+ routes? \(\d+ manifests?\)(?:, \d+ call sites? in the source)?\*\* · fails on <code>(?:error|warning|never)<\/code> · today \d{4}-\d\d-\d\d$/,
  /^_\d+ more findings?: see the job summary\._$/,
  /^_\d+ more rows? left out to stay under the size limit: the JSON report \(`--format json`, the Action's `report` output\) has every route and finding\._$/,
  /^> \[!NOTE\]$/,
];
// Links we write: to the rule docs and to files on github.com, with the URL characters markdownUrl keeps.
const OUR_LINK = /\[[^[\]]*\]\(https:\/\/github\.com\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*\)/g;
// A URL in a message, shown as itself (the visible text is the link's target, so it cannot disguise one).
const VISIBLE_URL_LINK = /\[([^[\]]*)\]\((https?:\/\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*)\)/g;

export interface MarkdownExpectations {
  /** The body's exact first line (the hidden marker of the comment or the tracking issue). */
  firstLine?: string;
  /** Lines that are entirely ours (fixed text with only dates, counts and sanitised ids in it). */
  ownLines?: readonly RegExp[];
}

/**
 * What "no injection survives" means for a GitHub markdown body: no raw HTML but our own few tags,
 * the hidden marker only as the first line, no live @mention or #reference, tables whose every row
 * has the header's number of columns, no links but ours, no emphasis, code, math or strike-through
 * from user text, no workflow command at a line start, and no control or bidi character.
 */
export function markdownProblems(body: string, expectations: MarkdownExpectations = {}): string[] {
  const problems: string[] = rawCharacterProblems(body, 'markdown');
  const lines = body.split('\n');
  if (expectations.firstLine !== undefined && lines[0] !== expectations.firstLine) problems.push(`first line is ${JSON.stringify(lines[0])}`);
  let columns: number | undefined;
  lines.forEach((line, index) => {
    const where = `line ${index + 1} ${JSON.stringify(line.slice(0, 120))}`;
    if (/^\s*::/.test(line)) problems.push(`${where}: reads as a workflow command`);
    if (index === 0 && expectations.firstLine !== undefined) return;
    if (expectations.ownLines?.some((pattern) => pattern.test(line))) return;
    // A URL shown as itself, linked (before escapes are blanked: its text is compared with its target).
    let skeleton = markdownSkeleton(line.replace(VISIBLE_URL_LINK, (link, text: string, target: string) => (markdownUrl(text.replace(/\\(.)/g, '$1')) === target ? 'LINK' : link)));
    // Our own fixed lines, matched whole: an injected line break cannot pass for one of them.
    if (OUR_LINES.some((pattern) => pattern.test(skeleton))) return;
    // The policy note's text follows our `> [!NOTE]` line.
    if (lines[index - 1] === '> [!NOTE]' && skeleton.startsWith('> ')) skeleton = skeleton.slice(2);
    // A route's or file's group heading: the `####` is ours, the rest is checked like any text.
    if (skeleton.startsWith('#### ')) skeleton = skeleton.slice(5);
    skeleton = skeleton.replace(OUR_LINK, 'LINK').replace(OUR_TAGS, 'TAG');

    const isRow = skeleton.startsWith('|');
    if (isRow) {
      const cells = skeleton.split('|').length;
      columns ??= cells;
      if (cells !== columns) problems.push(`${where}: ${cells - 2} table columns, the header has ${columns - 2}`);
    } else columns = undefined;
    const rest = !isRow ? skeleton : /^\|(?: --- \|)+$/.test(skeleton) ? '' : skeleton.replace(/^\| | \| | \|$/g, ' ');
    const checks: [RegExp, string][] = [
      [/</, 'raw `<` (HTML)'],
      [/>/, 'raw `>`'],
      [/&/, 'an unescaped `&` (entity)'],
      [/@/, 'a live @mention'],
      [/#/, 'a live # reference'],
      [/[[\]]/, 'link brackets'],
      [/`/, 'a backtick'],
      [/[*_~]/, 'emphasis or strike-through'],
      [/\$/, 'math'],
      [/\|/, 'a table pipe'],
      [/\\/, 'a lone backslash'],
    ];
    for (const [pattern, what] of checks) if (pattern.test(rest)) problems.push(`${where}: ${what} from user text (${JSON.stringify(rest.slice(0, 160))})`);
  });
  const markers = body.split(COMMENT_MARKER).length - 1;
  const expectedMarkers = expectations.firstLine === COMMENT_MARKER ? 1 : 0;
  if (markers !== expectedMarkers) problems.push(`the comment marker appears ${markers} times (expected ${expectedMarkers})`);
  if ((body.match(/<!--/g) ?? []).length !== (expectations.firstLine?.startsWith('<!--') ? 1 : 0)) problems.push('an HTML comment beyond the first line');
  return problems;
}

const ANNOTATION = /^::(?:error|warning|notice) (?:file|line|col|title)=[^:,\r]*(?:,(?:file|line|col|title)=[^:,\r]*)*::[^\r]*$/;

/**
 * Workflow commands: every line that starts with `::` (after spaces) is one of our annotations,
 * whose properties carry no raw `:` `,` CR or LF, or a property-less `::error::`/`::warning::`
 * line that @actions/core wrote from one of the Action's own messages (matched by `own`).
 */
export function commandProblems(stdout: string, own: readonly RegExp[] = []): string[] {
  const problems = rawCharacterProblems(stdout, 'workflow commands');
  for (const line of stdout.split('\n')) {
    if (!/^\s*::/.test(line)) continue;
    if (ANNOTATION.test(line)) continue;
    if (own.some((pattern) => pattern.test(line))) continue;
    problems.push(`a workflow command that is not ours: ${JSON.stringify(line.slice(0, 200))}`);
  }
  return problems;
}

/** Terminal text: no escape sequence (but our SGR colours when `color`), control or bidi character, no line read as a command. */
export function terminalProblems(text: string, options: { color?: boolean } = {}): string[] {
  // eslint-disable-next-line no-control-regex -- our own SGR colour codes
  const problems = rawCharacterProblems(text, 'terminal', options.color ? /\u001b\[\d+m/g : undefined);
  for (const line of text.split('\n')) if (/^\s*::/.test(line)) problems.push(`a line read as a workflow command: ${JSON.stringify(line.slice(0, 120))}`);
  return problems;
}

/** JSON: parses, and carries no raw control, C1 or bidi character (they are \u-escaped). */
export function jsonProblems(text: string): string[] {
  const problems = rawCharacterProblems(text, 'json');
  try {
    JSON.parse(text);
  } catch (error) {
    problems.push(`invalid JSON: ${(error as Error).message}`);
  }
  return problems;
}
