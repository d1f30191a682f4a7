// The `image-route-policy` command: a thin shell over the library. It parses arguments, calls the
// same functions the Action calls, writes the chosen formats and maps the outcome to an exit code:
// 0 pass, 1 findings at or above failOn, 2 configuration or usage error, 3 internal error.
import fs from 'node:fs';
import path from 'node:path';
import { findRepositoryRoot, UsageError } from '../manifest/discover.js';
import { ConfigError } from '../policy/errors.js';
import { enabledRuleIds } from '../policy/resolve.js';
import { formatReport } from '../report/index.js';
import { onlyFiles } from '../report/scope.js';
import { sanitizeTerminal } from '../report/escape.js';
import { loadPolicy, runCheck } from '../run.js';
import { utcToday } from '../text/dates.js';
import { ISSUES_URL, TOOL_VERSION } from '../version.js';
import { parseCommandLine, type Output, type ParsedCommand } from './args.js';
import { helpText } from './help.js';
import { explainPolicy, initFiles, listRules, printSchema, staleListing } from './commands.js';
import { listModels } from './models.js';
import { callSiteListing, initFromCode } from './code.js';
import { changedScope } from './changed.js';

export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** The clock, read only here at the edge; tests pass a fixed one. */
  now?: () => Date;
}

export const EXIT = { pass: 0, fail: 1, config: 2, internal: 3 } as const;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const note = (text: string): void => {
    // sanitizeTerminal redacts keys too, after stripping what could hide one.
    io.stderr.write(`${sanitizeTerminal(text)}\n`);
  };
  try {
    const command = parseCommandLine(argv);
    return await dispatch(command, io, note);
  } catch (error) {
    if (error instanceof UsageError) {
      note(`image-route-policy: ${error.message}\nRun \`image-route-policy --help\` for usage.`);
      return EXIT.config;
    }
    if (error instanceof ConfigError) {
      note(`image-route-policy: configuration error\n${error.message}`);
      return EXIT.config;
    }
    const debug = io.env.IMAGE_ROUTE_POLICY_DEBUG ? `\n${(error as Error).stack ?? ''}` : '';
    note(
      `image-route-policy: internal error: ${(error as Error)?.message ?? String(error)}\n` +
        `This is a bug. Please report it at ${ISSUES_URL} with the command you ran` +
        ` (set IMAGE_ROUTE_POLICY_DEBUG=1 for details).${debug}`,
    );
    return EXIT.internal;
  }
}

async function dispatch(command: ParsedCommand, io: CliIo, note: (text: string) => void): Promise<number> {
  const today = command.today ?? utcToday(io.now?.() ?? new Date());
  const shared = {
    cwd: io.cwd,
    policy: command.policy,
    today,
    failOn: command.failOn,
    token: command.token ?? io.env.GITHUB_TOKEN,
    apiUrl: io.env.GITHUB_API_URL,
  };
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR;
  switch (command.command) {
    case 'version':
      io.stdout.write(`${TOOL_VERSION}\n`);
      return EXIT.pass;
    case 'help':
      io.stdout.write(helpText(command.helpFor));
      return EXIT.pass;
    case 'check': {
      // --changed: the whole repository is judged from its root; only the given files' findings count.
      const scope = command.changed ? changedScope(io.cwd, command.positionals, command.policy) : undefined;
      const selection = scope ? { cwd: scope.root, root: scope.root, policy: scope.policy } : { patterns: command.positionals };
      const { report: judged, policy, scan } = await runCheck({ ...shared, ...selection, scan: !command.noScan });
      const report = scope ? onlyFiles(judged, scope.files) : judged;
      for (const notice of scan?.notices ?? []) {
        if (!scope || scope.files.has(notice.file)) note(`image-route-policy: ${notice.file}:${notice.line}:${notice.column}: ${notice.message}`);
      }
      if (report.manifests.length === 0) {
        const where = scope ? 'the repository' : command.positionals.length ? command.positionals.join(', ') : 'this folder';
        note(`image-route-policy: no image-routes.yml or image-routes.yaml found in ${where}${command.requireManifest ? ' (--require-manifest)' : ''}`);
        if (command.requireManifest) return EXIT.fail;
      }
      const visible = command.quiet ? { ...report, findings: report.findings.filter((finding) => finding.status === 'open' && finding.severity === 'error') } : report;
      writeOutputs(command.outputs, io, (output) => formatReport(output.format === 'json' || output.format === 'sarif' ? report : visible, output.format, { color: color && !output.file, rules: enabledRuleIds(policy) }));
      return report.passed ? EXIT.pass : EXIT.fail;
    }
    case 'scan': {
      const { report, scan } = await runCheck({ ...shared, patterns: command.positionals });
      for (const notice of scan?.notices ?? []) note(`image-route-policy: ${notice.file}:${notice.line}:${notice.column}: ${notice.message}`);
      if (!scan) note('image-route-policy: the policy turns the scan off (`scan.enabled: false`): no source was read');
      writeOutputs(command.outputs, io, (output) => callSiteListing(report, scan, output.format));
      return EXIT.pass;
    }
    case 'stale': {
      const { report } = await runCheck({ ...shared, patterns: command.positionals, scan: false });
      writeOutputs(command.outputs, io, (output) => staleListing(report, command.withinDays, output.format));
      return EXIT.pass;
    }
    case 'explain': {
      const policy = await loadPolicy(shared);
      writeOutputs(command.outputs, io, (output) => explainPolicy(policy, output.format));
      return EXIT.pass;
    }
    case 'models': {
      const policy = await loadPolicy(shared);
      const query = { subject: command.positionals[0], retiringWithin: command.retiringWithin, today };
      writeOutputs(command.outputs, io, (output) => listModels(policy, query, output.format));
      return EXIT.pass;
    }
    case 'rules':
      writeOutputs(command.outputs, io, (output) => listRules(command.positionals[0], output.format));
      return EXIT.pass;
    case 'schema':
      io.stdout.write(printSchema(command.positionals[0]));
      return EXIT.pass;
    case 'touch': {
      // The yaml Document API is loaded only here, off the path of every other command.
      const { touchRoutes } = await import('./touch.js');
      for (const line of touchRoutes(io.cwd, command.positionals, today, command.tested)) io.stdout.write(`${sanitizeTerminal(line)}\n`);
      return EXIT.pass;
    }
    case 'fix': {
      const { report } = await runCheck({ ...shared, patterns: command.positionals, scan: false });
      const { applyFixes } = await import('./fix.js');
      const outcome = applyFixes(findRepositoryRoot(io.cwd), report, { dryRun: command.dryRun, suggestions: command.suggestions });
      for (const line of outcome.notes) note(line);
      io.stdout.write(sanitizeTerminal(outcome.output));
      return EXIT.pass;
    }
    case 'init': {
      if (!command.fromCode) {
        for (const line of initFiles(io.cwd)) note(line);
        return EXIT.pass;
      }
      const { report } = await runCheck({ ...shared, patterns: command.positionals });
      const result = initFromCode(io.cwd, report);
      for (const line of result.notes) note(line);
      if (result.print) io.stdout.write(result.print);
      return EXIT.pass;
    }
  }
}

/** Writes each requested format (text to standard output when none is named). */
function writeOutputs(outputs: readonly Output[], io: CliIo, render: (output: Output) => string): void {
  const list: Output[] = outputs.length ? [...outputs] : [{ format: 'text' }];
  for (const output of list) {
    const text = render(output);
    if (!output.file) {
      io.stdout.write(text);
      continue;
    }
    const target = path.resolve(io.cwd, output.file);
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`cannot write ${output.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
}
