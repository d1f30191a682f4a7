// `image-route-policy fix [PATH|GLOB ...] [--dry-run] [--suggestions]`: applies the safe fixes the
// check reports (a misspelt key or enum value with exactly one close match) to the manifests, in
// place; with --suggestions also the suggestions (a retired model's one advised replacement).
import path from 'node:path';
import { applyEdits, lineDiff, type TextEdit } from '../fix/apply.js';
import { readManifestText, writeManifestText } from '../manifest/discover.js';
import type { Report } from '../report/schema.js';

export interface FixOutcome {
  /** The diff (--dry-run) or one line per applied fix. */
  output: string;
  /** Lines for standard error: fixes left out. */
  notes: string[];
}

export function applyFixes(root: string, report: Report, options: { dryRun: boolean; suggestions: boolean }): FixOutcome {
  const byFile = new Map<string, { edit: TextEdit; description: string; line: number; column: number }[]>();
  for (const finding of report.findings) {
    if (!finding.fix || (!finding.fix.safe && !options.suggestions) || finding.status !== 'open') continue;
    for (const edit of finding.fix.edits) {
      byFile.set(edit.file, [...(byFile.get(edit.file) ?? []), { edit, description: finding.fix.description, line: finding.line, column: finding.column }]);
    }
  }
  const output: string[] = [];
  const notes: string[] = [];
  for (const [file, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = path.join(root, ...file.split('/'));
    const text = readManifestText(absolute);
    if (typeof text !== 'string') {
      notes.push(`${file}: not fixed: ${text.problem}`);
      continue;
    }
    const result = applyEdits(text, fixes.map((fix) => fix.edit));
    for (const edit of result.skipped) notes.push(`${file}:${edit.line}:${edit.column}: not fixed: another fix changes the same text (run fix again)`);
    if (options.dryRun) {
      output.push(lineDiff(file, text, result.text));
      continue;
    }
    writeManifestText(absolute, result.text);
    for (const fix of fixes.filter((candidate) => result.applied.includes(candidate.edit))) output.push(`${file}:${fix.line}:${fix.column}: ${fix.description}\n`);
  }
  if (byFile.size === 0) {
    const suggestions = report.findings.filter((finding) => finding.status === 'open' && finding.fix && !finding.fix.safe).length;
    const hint = !options.suggestions && suggestions ? `; ${suggestions} suggestion${suggestions === 1 ? '' : 's'} (a retired model's replacement) apply with --suggestions` : '';
    notes.push(`image-route-policy: nothing to fix: no open finding has a safe fix${hint}`);
  }
  return { output: output.join(''), notes };
}
