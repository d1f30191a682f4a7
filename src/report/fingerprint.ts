// The identity of a finding across runs and branches: rule + file + route + field, and for a finding
// at an image-API call site also what is called there (provider, API, model). Never the line, so an
// edit above a finding keeps it the same finding. SARIF's partialFingerprints and the pull request's
// "new" marking both use it, so code scanning and the comment agree on what is new.
import { createHash } from 'node:crypto';
import type { Finding, Report, ReportedCallSite } from './schema.js';

/** One fingerprint per finding of the report, in the order of `report.findings`. */
export function fingerprints(report: Pick<Report, 'findings' | 'callSites'>): string[] {
  const sites = new Map<string, ReportedCallSite>();
  for (const site of report.callSites ?? []) sites.set(placeKey(site), site);
  // Findings sharing every part (two parse errors in one file, two identical calls) get their
  // occurrence number mixed in; findings are sorted, so the numbering is stable.
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const parts: (string | number | null)[] = [finding.rule, finding.file, finding.route, finding.field];
    const site = sites.get(placeKey(finding));
    if (site) parts.push(site.provider, site.api, site.model);
    const key = JSON.stringify(parts);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    if (occurrence > 0) parts.push(occurrence);
    return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
  });
}

function placeKey(place: Pick<Finding, 'file' | 'line' | 'column'>): string {
  return `${place.file}\u0000${place.line}\u0000${place.column}`;
}
