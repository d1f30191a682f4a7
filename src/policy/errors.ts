// Configuration errors: a bad policy, preset, option or path. They end a run with exit code 2 and a
// message that names the file (and line) at fault; the run never goes on without the policy.
import type { SourceLocation } from './types.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly at?: SourceLocation | { file: string; line?: undefined; column?: undefined },
  ) {
    super(message);
  }

  /** `file:line:column: message`, as compilers and editors print it. */
  describe(): string {
    if (!this.at) return this.message;
    const where = this.at.line ? `${this.at.file}:${this.at.line}:${this.at.column}` : this.at.file;
    return `${where}: ${this.message}`;
  }
}
