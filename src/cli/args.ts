// Command-line arguments: parsed with node:util's parseArgs (strict, so unknown options are usage
// errors), then checked into one typed command.
import { parseArgs } from 'node:util';
import { UsageError } from '../manifest/discover.js';
import { FAIL_ON, type FailOn } from '../policy/severity.js';
import { FORMATS, isFormat, type FormatName } from '../report/index.js';
import { isCalendarDate } from '../text/dates.js';
import { suggest } from '../text/words.js';

export const COMMANDS = ['check', 'scan', 'stale', 'init', 'rules', 'explain', 'schema', 'models', 'touch', 'fix'] as const;
export type CommandName = (typeof COMMANDS)[number];
export const SCHEMA_NAMES = ['manifest', 'policy', 'report', 'models', 'providers'] as const;

export interface Output {
  format: FormatName;
  /** Written to this file instead of standard output. */
  file?: string;
}

export interface ParsedCommand {
  command: CommandName | 'help' | 'version';
  /** The command whose help was asked for. */
  helpFor?: CommandName;
  positionals: string[];
  outputs: Output[];
  policy?: string;
  today?: string;
  failOn?: FailOn;
  token?: string;
  quiet: boolean;
  requireManifest: boolean;
  withinDays: number;
  /** `models --retiring-within DAYS`. */
  retiringWithin?: number;
  /** `check --no-scan`: judge the manifests alone. */
  noScan: boolean;
  /** `check --changed`: judge the whole repository, report only the findings in the given files. */
  changed: boolean;
  /** `init --from-code`. */
  fromCode: boolean;
  /** `touch --tested`. */
  tested: boolean;
  /** `fix --dry-run`: print the diff, write nothing. */
  dryRun: boolean;
  /** `fix --suggestions`: apply suggestions too. */
  suggestions: boolean;
}

const OPTIONS = {
  format: { type: 'string', multiple: true, short: 'f' },
  policy: { type: 'string', short: 'p' },
  today: { type: 'string' },
  'fail-on': { type: 'string' },
  token: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'require-manifest': { type: 'boolean' },
  within: { type: 'string' },
  'retiring-within': { type: 'string' },
  'no-scan': { type: 'boolean' },
  changed: { type: 'boolean' },
  'from-code': { type: 'boolean' },
  tested: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  suggestions: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Options each command accepts (besides --help). */
const ACCEPTS: Record<CommandName, readonly (keyof typeof OPTIONS)[]> = {
  check: ['format', 'policy', 'today', 'fail-on', 'token', 'quiet', 'require-manifest', 'no-scan', 'changed'],
  scan: ['format', 'policy', 'today', 'token'],
  stale: ['format', 'policy', 'today', 'token', 'quiet', 'within'],
  init: ['from-code', 'policy', 'today', 'token'],
  rules: ['format'],
  explain: ['format', 'policy', 'today', 'token'],
  schema: [],
  models: ['format', 'policy', 'today', 'token', 'retiring-within'],
  touch: ['today', 'tested'],
  fix: ['dry-run', 'suggestions', 'policy', 'today', 'token'],
};

export function parseCommandLine(argv: readonly string[]): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  const base = { positionals: rest, outputs: [], quiet: false, requireManifest: false, withinDays: 14, noScan: false, changed: false, fromCode: false, tested: false, dryRun: false, suggestions: false };
  if (values.version) return { ...base, command: 'version' };
  if (first === undefined) return { ...base, command: 'help' };
  if (first === 'help') return { ...base, command: 'help', helpFor: rest[0] ? commandName(rest[0]) : undefined };
  const command = commandName(first);
  if (values.help) return { ...base, command: 'help', helpFor: command };

  for (const [option, value] of Object.entries(values)) {
    if (value !== undefined && !ACCEPTS[command].includes(option as keyof typeof OPTIONS)) {
      throw new UsageError(`\`${command}\` does not take --${option}`);
    }
  }
  return {
    ...base,
    command,
    outputs: (values.format ?? []).map(parseOutput),
    policy: values.policy,
    today: values.today === undefined ? undefined : parseToday(values.today),
    failOn: values['fail-on'] === undefined ? undefined : parseFailOn(values['fail-on']),
    token: values.token,
    quiet: values.quiet ?? false,
    requireManifest: values['require-manifest'] ?? false,
    withinDays: values.within === undefined ? 14 : parseDays(values.within, 'within'),
    retiringWithin: values['retiring-within'] === undefined ? undefined : parseDays(values['retiring-within'], 'retiring-within'),
    noScan: values['no-scan'] ?? false,
    changed: values.changed ?? false,
    fromCode: values['from-code'] ?? false,
    tested: values.tested ?? false,
    dryRun: values['dry-run'] ?? false,
    suggestions: values.suggestions ?? false,
  };
}

function commandName(word: string): CommandName {
  if ((COMMANDS as readonly string[]).includes(word)) return word as CommandName;
  const guess = suggest(word, COMMANDS);
  throw new UsageError(`unknown command \`${word}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
}

function parseOutput(text: string): Output {
  const [format, ...fileParts] = text.split('=');
  if (!isFormat(format!)) {
    const guess = suggest(format!, FORMATS);
    throw new UsageError(`unknown format \`${format}\`${guess ? `; did you mean \`${guess}\`?` : ''} (formats: ${FORMATS.join(', ')})`);
  }
  const file = fileParts.join('=');
  if (text.includes('=') && file === '') throw new UsageError(`--format ${format}= needs a file name after =`);
  return file ? { format: format as FormatName, file } : { format: format as FormatName };
}

function parseToday(text: string): string {
  if (!isCalendarDate(text)) throw new UsageError(`--today must be a real date written YYYY-MM-DD, not \`${text}\``);
  return text;
}

function parseFailOn(text: string): FailOn {
  if (!(FAIL_ON as readonly string[]).includes(text)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not \`${text}\``);
  return text as FailOn;
}

function parseDays(text: string, option: string): number {
  if (!/^\d{1,4}$/.test(text)) throw new UsageError(`--${option} must be a whole number of days, not \`${text}\``);
  return Number(text);
}
