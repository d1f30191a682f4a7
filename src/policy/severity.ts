// Severities and per-stage severity tables.
import type { Stage } from '../manifest/schema.js';
import { STAGES } from '../manifest/schema.js';

export const SEVERITIES = ['error', 'warning', 'notice', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type ReportedSeverity = Exclude<Severity, 'off'>;
export type StageSeverities = Readonly<Record<Stage, Severity>>;

export const FAIL_ON = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

const RANK: Record<Severity, number> = { off: 0, notice: 1, warning: 2, error: 3 };

export function severityRank(severity: Severity): number {
  return RANK[severity];
}

/** Whether a finding at `severity` fails a run at `failOn`. */
export function fails(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && severity !== 'off' && RANK[severity] >= RANK[failOn];
}

/** Shorthand for tables: production / internal / demo / exploration. */
export function perStage(production: Severity, internal: Severity, demo: Severity, exploration: Severity): StageSeverities {
  return { production, internal, demo, exploration };
}

export function everyStage(severity: Severity): StageSeverities {
  return Object.fromEntries(STAGES.map((stage) => [stage, severity])) as Record<Stage, Severity>;
}
