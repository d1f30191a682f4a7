// Configuration errors: a bad policy, preset, option or path. They end a run with exit code 2 and
// messages that name the file (and line) at fault; the run never goes on without the policy.
import type { SourcePosition } from '../yaml/strict-yaml.js';

export interface ConfigProblem {
  message: string;
  file?: string;
  at?: SourcePosition;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: readonly ConfigProblem[];

  constructor(problems: ConfigProblem | readonly ConfigProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems as ConfigProblem];
    super(list.map(describeProblem).join('\n'));
    this.problems = list;
  }
}

/** `file:line:column: message`, as compilers and editors print it. */
export function describeProblem(problem: ConfigProblem): string {
  if (!problem.file) return problem.message;
  const where = problem.at ? `${problem.file}:${problem.at.line}:${problem.at.column}` : problem.file;
  return `${where}: ${problem.message}`;
}
