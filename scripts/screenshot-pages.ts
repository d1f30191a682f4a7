// Bundled and run by scripts/screenshots.mjs: the three markdown bodies a reviewer sees (the PR
// comment, the job summary and the stale-date tracking issue), made from the bundled examples the way
// the Action makes them, as a pull request that added the failing example's thumbnail jobs.
import path from 'node:path';
import { formatMarkdown, formatSummary } from '../src/report/index.js';
import { formatStaleIssue } from '../src/report/format-stale.js';
import { markNew } from '../src/report/scope.js';
import { staleRoutes } from '../src/report/stale.js';
import { runCheck } from '../src/run.js';

const REPOSITORY = 'https://github.com/acme/storefront';
const HEAD = '3f2c1e0b9d8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e';

export async function pages(root: string, today: string): Promise<Record<'comment' | 'summary' | 'issue', string>> {
  const { report } = await runCheck({ cwd: path.join(root, 'examples'), root, today });
  // The pull request added the route official-but-free and the thumbnail job that no route covers:
  // their findings are new; the rest were on the base branch.
  const base = { ...report, findings: report.findings.filter((finding) => finding.route !== 'official-but-free' && !finding.file.includes('thumbnails')) };
  const marked = markNew(report, base);
  const fileUrl = (ref: string) => (file: string, line: number) => `${REPOSITORY}/blob/${ref}/${file}#L${line}`;
  return {
    comment: formatMarkdown(marked, { fileUrl: fileUrl(HEAD) }),
    summary: formatSummary(marked, { fileUrl: fileUrl(HEAD) }),
    issue: formatStaleIssue(report, staleRoutes(report, 14), { withinDays: 14, fileUrl: fileUrl('main') }).body,
  };
}
