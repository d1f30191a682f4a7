import { COMMENT_MARKER, fitLayout, formatMarkdown, formatSummary, MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES } from '../../src/report/format-markdown.js';
import type { Finding, Report } from '../../src/report/schema.js';
import { finding, makeReport, route, sampleReport } from './fixtures.js';

/** Lines of the table that follows `heading`. */
function tableAfter(markdown: string, heading: string): string[] {
  const start = markdown.indexOf(heading);
  if (start < 0) return [];
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.slice(2);
}

/** Rows of every route's table under "Findings by route" (up to the folded waived findings). */
function groupRows(markdown: string): number {
  const start = markdown.indexOf('### Findings by route');
  if (start < 0) return 0;
  const end = markdown.indexOf('<details>', start);
  return markdown
    .slice(start, end < 0 ? undefined : end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !line.startsWith('| Severity |') && !line.startsWith('| ---')).length;
}

/** Many findings with long messages: far past any limit. */
function bigReport(count: number, messageLength = 300): Report {
  const routes = Array.from({ length: count / 2 }, (_, index) => route({ id: `route-${String(index).padStart(5, '0')}`, line: index * 10 + 1 }));
  const findings: Finding[] = routes.flatMap((item, index) => [
    finding({ rule: index % 3 === 0 ? 'key-owner-missing' : 'limit-missing', route: item.id, line: item.line, field: 'x', message: `m${index} ${'x'.repeat(messageLength)}` }),
    finding({ rule: 'payer-unknown', route: item.id, line: item.line + 1, severity: 'warning', field: 'billing.payer', message: `w${index} ${'y'.repeat(messageLength)}` }),
  ]);
  return makeReport({ routes, findings });
}

describe('PR comment', () => {
  const out = formatMarkdown(sampleReport());

  it('starts with the hidden marker and a pass/fail heading', () => {
    expect(out.startsWith(`${COMMENT_MARKER}\n## ❌ Image route policy: failed\n`)).toBe(true);
    expect(out).toContain('**4 errors, 2 warnings, 1 notice, 1 waived in 4 routes (2 manifests)**');
  });

  it('lists routes missing an owner, a billing trigger or a checked date first, one row per route', () => {
    const facts = out.indexOf('### Routes missing an owner, a billing trigger or a checked date');
    expect(facts).toBeGreaterThan(0);
    expect(facts).toBeLessThan(out.indexOf('### Stop-rule matrix'));
    expect(tableAfter(out, '### Routes missing')).toEqual([
      '| <code>fal-trial</code> | image-routes.yml:4 | key owner, billing trigger |',
      '| <code>openai-prod</code> | image-routes.yml:20 | checked date |',
    ]);
  });

  it('then the stop-rule matrix: one row per route with open findings, one column per checklist fact', () => {
    expect(out.indexOf('### Stop-rule matrix')).toBeLessThan(out.indexOf('### Findings by route'));
    expect(tableAfter(out, '### Stop-rule matrix')).toEqual([
      '| <code>fal-trial</code><br><sub>demo</sub> | ❌ | ❌ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ |',
      '| <code>openai-prod</code><br><sub>production</sub> | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ❌ |',
      '| <code>playground</code><br><sub>exploration</sub> | ✅ | ✅ | 💤 | ✅ | ✅ | ✅ | ✅ | ✅ | ℹ️ |',
      '| <code>replicate</code><br><sub>internal</sub> | ✅ | ✅ | ✅ | ✅ | ✅ | ⚠️ | ✅ | ✅ | ✅ |',
    ]);
    expect(out).toContain('| Route | <sub>Owner</sub> | <sub>Billing</sub> | <sub>Limits</sub> | <sub>Support</sub> | <sub>Terms</sub> | <sub>Fallback</sub> | <sub>Model</sub> | <sub>Tested</sub> | <sub>Checked</sub> |');
  });

  it('each cell: the worst open finding of the fact, waived, not required at the route\'s stage, or passes; other rules counted; clean routes in one line', () => {
    const report = {
      ...makeReport({
        routes: [route({ id: 'trial', line: 4 }), route({ id: 'clean-one', line: 30 }), route({ id: 'own', line: 50, notRequired: ['keyOwner'] })],
        findings: [
          finding({ rule: 'payer-unknown', route: 'trial', line: 6 }),
          finding({ rule: 'billing-trigger-missing', route: 'trial', line: 6, severity: 'warning' }),
          finding({ rule: 'limit-missing', route: 'trial', line: 7, status: 'waived', waiver: { reason: 'agreed quota, ticket AI-9', owner: 'ana', expires: '2027-01-31' } }),
          finding({ rule: 'fallback-missing', route: 'trial', line: 8, severity: 'warning' }),
          finding({ rule: 'model-retired', route: 'trial', line: 9, severity: 'notice' }),
          finding({ rule: 'trial-in-production', route: 'trial', line: 5 }),
          finding({ rule: 'claim-lexicon', route: 'trial', line: 10, severity: 'warning' }),
          finding({ rule: 'payer-unknown', route: 'own', line: 52 }),
        ],
      }),
      checklist: { notRequired: { production: [], internal: [], demo: ['support', 'tested'] as ('support' | 'tested')[], exploration: [] } },
    };
    const markdown = formatMarkdown(report);
    expect(tableAfter(markdown, '### Stop-rule matrix')).toEqual([
      '| <code>trial</code><br><sub>demo · ❌ 2 other</sub> | ✅ | ❌ | 💤 | — | ✅ | ⚠️ | ℹ️ | — | ✅ |',
      // A route of its own (overrides): its list replaces the stage's.
      '| <code>own</code><br><sub>demo</sub> | — | ❌ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ | ✅ |',
    ]);
    expect(markdown).toContain('\n1 other route passes every check.\n');
  });

  it('keeps the matrix to 25 routes in the comment and names how many more the summary has', () => {
    const report = bigReport(60);
    expect(tableAfter(formatMarkdown(report), '### Stop-rule matrix')).toHaveLength(25);
    expect(formatMarkdown(report)).toContain('5 more routes with findings: see the job summary.');
    expect(tableAfter(formatSummary(report), '### Stop-rule matrix')).toHaveLength(30);
  });

  it('then the other open findings grouped by route, each route headed by its place, lines linked', () => {
    const linked = formatMarkdown(sampleReport(), { fileUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}` });
    const groups = [...linked.matchAll(/^#### (.*)$/gm)].map((match) => match[1]);
    expect(groups).toEqual([
      '<code>fal-trial</code> · [image-routes.yml:4](https://github.com/o/r/blob/abc/image-routes.yml#L4)',
      '<code>playground</code> · [image-routes.yml:35](https://github.com/o/r/blob/abc/image-routes.yml#L35)',
      'services/api/image-routes.yml',
      '<code>replicate</code> · [services/api/image-routes.yml:3](https://github.com/o/r/blob/abc/services/api/image-routes.yml#L3)',
    ]);
    expect(tableAfter(linked, '#### <code>fal-trial</code>')).toEqual([
      '| ⚠️ warning | [payer-unknown](https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules/payer-unknown.md) | [L9](https://github.com/o/r/blob/abc/image-routes.yml#L9) | <code>billing.payer</code> is not set |',
    ]);
    // The three facts' findings are in their own table, not repeated here.
    expect(linked.slice(linked.indexOf('### Findings by route')).includes('key-owner-missing')).toBe(false);
  });

  it('a call-site finding of a route shows its own file at the line; an undeclared call is listed once, with the call sites', () => {
    const report = {
      ...makeReport({
        routes: [route({ id: 'hero', line: 3 })],
        findings: [
          finding({ rule: 'route-drift', route: 'hero', file: 'apps/web/src/draw.ts', line: 12, column: 3 }),
          finding({ rule: 'route-undeclared', route: null, file: 'jobs/thumbs.py', line: 7, column: 5 }),
        ],
      }),
      callSites: [
        { file: 'apps/web/src/draw.ts', line: 12, column: 3, language: 'typescript' as const, provider: 'openai', api: 'images.generate', model: 'gpt-image-1.5', endpoint: null, keyEnv: null, route: 'hero', tiedBy: 'comment' as const },
        { file: 'jobs/thumbs.py', line: 7, column: 5, language: 'python' as const, provider: 'replicate', api: 'replicate.run', model: null, endpoint: null, keyEnv: null, route: null, tiedBy: null },
      ],
    };
    const markdown = formatMarkdown(report);
    expect(tableAfter(markdown, '#### <code>hero</code>')[0]).toMatch(/^\| ❌ error \| \[route-drift\]\([^)]*\) \| draw\.ts:12 \|/);
    expect(tableAfter(markdown, '### Call sites no route covers')).toEqual(['| jobs/thumbs.py:7 | <code>replicate</code><br><code>replicate.run</code> | — |']);
    expect(markdown).not.toContain('[route-undeclared]');
  });

  it('a route id declared in two manifests is two groups, each under its own manifest', () => {
    const report = makeReport({
      routes: [route({ id: 'dup', line: 3 }), route({ id: 'dup', file: 'b/image-routes.yml', line: 8 })],
      findings: [finding({ rule: 'payer-unknown', route: 'dup', line: 5 }), finding({ rule: 'payer-unknown', route: 'dup', file: 'b/image-routes.yml', line: 10 })],
    });
    expect([...formatMarkdown(report).matchAll(/^#### (.*)$/gm)].map((match) => match[1])).toEqual(['<code>dup</code> · image-routes.yml:3', '<code>dup</code> · b/image-routes.yml:8']);
  });

  it('on a pull request: says how many findings are new, marks them, and puts their routes first', () => {
    const report = sampleReport();
    const marked = { ...report, findings: report.findings.map((item) => ({ ...item, new: item.route === 'replicate' || item.route === 'openai-prod' })) };
    const markdown = formatMarkdown(marked);
    expect(markdown).toContain('\n🆕 **2 findings new in this pull request** (1 error, 1 warning), marked 🆕 below. 5 findings were already on the base branch.\n');
    expect(tableAfter(markdown, '### Routes missing')[1]).toBe('| <code>openai-prod</code> 🆕 | image-routes.yml:20 | checked date |');
    expect(tableAfter(markdown, '### Stop-rule matrix').map((line) => line.split(' | ')[0])).toEqual([
      '| <code>openai-prod</code> 🆕<br><sub>production</sub>',
      '| <code>replicate</code> 🆕<br><sub>internal</sub>',
      '| <code>fal-trial</code><br><sub>demo</sub>',
      '| <code>playground</code><br><sub>exploration</sub>',
    ]);
    expect(markdown.match(/^#### .*$/m)?.[0]).toBe('#### <code>replicate</code> · services/api/image-routes.yml:3');
    expect(tableAfter(markdown, '#### <code>replicate</code>')[0]).toMatch(/^\| 🆕 ⚠️ warning \| \[fallback-missing\]/);
    const none = formatMarkdown({ ...report, findings: report.findings.map((item) => ({ ...item, new: false })) });
    expect(none).toContain('\n🆕 **This pull request adds no finding.** 7 findings were already on the base branch.\n');
    expect(formatMarkdown(report)).not.toContain('🆕');
  });

  it('names the one command that applies the fixes, safe ones and suggestions apart', () => {
    const fix = (safe: boolean) => ({ safe, description: 'replace it', edits: [{ file: 'image-routes.yml', line: 5, column: 5, endLine: 5, endColumn: 9, text: 'x' }] });
    const report = makeReport({
      routes: [route({ id: 'a', line: 1 })],
      findings: [finding({ rule: 'manifest-invalid', route: 'a', line: 5, fix: fix(true) }), finding({ rule: 'model-retired', route: 'a', line: 6, fix: fix(false) }), finding({ rule: 'model-retired', route: 'a', line: 7, fix: fix(false) })],
    });
    expect(formatMarkdown(report)).toContain(
      '### Fix with one command\n\n<code>image-route-policy fix</code> applies 1 safe fix (misspelt keys and values); <code>image-route-policy fix --suggestions</code> also applies 2 suggestions to review (such as a retired model\'s replacement). Each edits the manifest in place and keeps its comments and layout.\n',
    );
    expect(formatMarkdown(sampleReport())).not.toContain('### Fix with one command');
  });

  it('folds waived findings into <details> with owner, reason and expiry', () => {
    const details = out.slice(out.indexOf('<details>'), out.indexOf('</details>'));
    expect(details).toContain('<summary>1 waived finding</summary>');
    expect(details).toContain('| <code>limits</code> is not set | ana | exploration only, tracked in PLAT-12 | 2027-01-31 |');
    expect(out.indexOf('<details>')).toBeGreaterThan(out.indexOf('### Findings by route'));
  });

  it('ends with the policy sources, and the note when present', () => {
    expect(out.trimEnd().endsWith('<sub>Policy: <code>recommended</code>, <code>.github/image-route-policy.yml</code></sub>')).toBe(true);
    const noted = formatMarkdown({ ...sampleReport(), policy: { sources: ['recommended'], note: 'base branch policy used' } });
    expect(noted).toContain('> [!NOTE]\n> base branch policy used\n');
  });

  it('says "all routes pass" when nothing is open, keeping waived findings folded', () => {
    const report = sampleReport();
    const waivedOnly = makeReport({ routes: report.routes, findings: report.findings.filter((item) => item.status === 'waived') });
    const clean = formatMarkdown(waivedOnly);
    expect(clean).toContain('## ✅ Image route policy: all routes pass');
    expect(clean).not.toContain('### ');
    expect(clean).toContain('<summary>1 waived finding</summary>');
    expect(formatMarkdown(makeReport({ routes: [], findings: [] }))).toContain('no routes to check');
  });

  it('heads a passing run with open warnings as passed, with findings', () => {
    const report = makeReport({ routes: [route({ id: 'a', line: 1 })], findings: [finding({ rule: 'payer-unknown', route: 'a', line: 1, severity: 'warning' })] });
    expect(formatMarkdown(report)).toContain('## ✅ Image route policy: passed, with findings');
    expect(formatMarkdown(report)).toContain('### Findings by route\n');
  });

  it('links places when given a URL builder, and refuses non-http links', () => {
    const linked = formatMarkdown(sampleReport(), { fileUrl: (file, line) => `https://github.com/o/r/blob/abc/${file}#L${line}` });
    expect(linked).toContain('[image-routes.yml:4](https://github.com/o/r/blob/abc/image-routes.yml#L4)');
    const refused = formatMarkdown(sampleReport(), { fileUrl: () => 'javascript:alert(1)' });
    expect(refused).not.toContain('javascript');
  });

  it('stays within 65,536 characters by dropping whole rows, and says how many', () => {
    const report = bigReport(2000);
    const whole = formatMarkdown(report, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(whole.length).toBeGreaterThan(MAX_COMMENT_LENGTH);

    const cut = formatMarkdown(report);
    expect(cut.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(cut.startsWith(COMMENT_MARKER)).toBe(true);
    expect(cut).toContain('<sub>Policy:');
    // Every row is whole: each table line that starts with `|` ends with `|`.
    for (const line of cut.split('\n').filter((item) => item.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    const dropped = Number(/_(\d+) more findings: see the job summary\._/.exec(cut)?.[1]);
    const keptFacts = tableAfter(cut, '### Routes missing').length;
    const keptOthers = groupRows(cut);
    const keptWaived = tableAfter(cut, '<summary>').length;
    expect(keptFacts + keptOthers + keptWaived + dropped).toBe(2000);
    // The three facts come first, so they are the last to go.
    expect(keptFacts).toBe(tableAfter(whole, '### Routes missing').length);
    // Nothing more would have fitted: the next row is longer than the room left.
    expect(cut.length).toBeGreaterThan(MAX_COMMENT_LENGTH - 700);
  });

  it('honours a smaller maxLength, and the pointer line counts findings', () => {
    const cut = formatMarkdown(bigReport(40, 50), { maxLength: 3000 });
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut).toMatch(/_\d+ more findings: see the job summary\._/);
  });

  it('keeps the whole body when it fits exactly', () => {
    const whole = formatMarkdown(sampleReport());
    expect(formatMarkdown(sampleReport(), { maxLength: whole.length })).toBe(whole);
    expect(formatMarkdown(sampleReport(), { maxLength: whole.length - 1 })).toMatch(/more finding/);
  });
});

describe('fitLayout', () => {
  const layout = {
    top: 'T\n',
    sections: [
      { head: 'H1\n', rows: ['a\n', 'bb\n'].map((text) => ({ text, count: 1 })), foot: '-\n' },
      { head: 'H2\n', rows: [{ text: 'ccc\n', count: 3 }] },
    ],
    bottom: 'B\n',
    more: (count: number) => `+${count}\n`,
  };
  const length = (text: string): number => text.length;

  it('renders everything when it fits', () => {
    expect(fitLayout(layout, 100, length)).toBe('T\nH1\na\nbb\n-\nH2\nccc\nB\n');
  });

  it('drops trailing rows and their empty sections, counting what they stood for', () => {
    expect(fitLayout(layout, 20, length)).toBe('T\nH1\na\nbb\n-\n+3\nB\n');
    expect(fitLayout(layout, 16, length)).toBe('T\nH1\na\n-\n+4\nB\n');
    expect(fitLayout(layout, 8, length)).toBe('T\n+5\nB\n');
  });
});

describe('job summary', () => {
  const out = formatSummary(sampleReport());

  it('has the heading but no comment marker', () => {
    expect(out.startsWith('## ❌ Image route policy: failed\n')).toBe(true);
    expect(out).not.toContain(COMMENT_MARKER);
  });

  it('lists every route: id, file, kind, stage, checked, goes stale on, status', () => {
    expect(tableAfter(out, '### Routes (4)')).toEqual([
      '| <code>fal-trial</code> | image-routes.yml:4 | provider-trial | demo | 2026-11-10 | 2026-12-10 | ❌ 2 errors, 1 warning |',
      '| <code>openai-prod</code> | image-routes.yml:20 | official-api | production | — | — | ❌ 1 error |',
      '| <code>playground</code> | image-routes.yml:35 | browser-playground | exploration | 2026-09-01 | ⚠️ 2026-10-01 (stale) | ℹ️ 1 notice |',
      '| <code>replicate</code> | services/api/image-routes.yml:3 | provider-paid | internal | 2026-11-10 | 2026-12-10 | ⚠️ 1 warning |',
    ]);
  });

  it('lists every finding, open ones first, waived ones with their waiver', () => {
    const rows = tableAfter(out, '### Findings (8)');
    expect(rows).toHaveLength(8);
    expect(rows[7]).toMatch(/<br>Waived by ana until 2027-01-31: exploration only, tracked in PLAT-12 \|$/);
    expect(rows.slice(0, 7).some((row) => row.includes('Waived'))).toBe(false);
  });

  it('stays under 1 MiB by dropping whole rows', () => {
    const report = bigReport(8000, 300);
    const cut = formatSummary(report);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(MAX_SUMMARY_BYTES).toBeLessThan(1024 * 1024);
    expect(cut).toMatch(/_\d+ more rows left out to stay under the size limit/);
    for (const line of cut.split('\n').filter((item) => item.startsWith('|'))) expect(line.endsWith('|')).toBe(true);
    expect(tableAfter(cut, '### Routes (4000)')).toHaveLength(4000);
  });

  it('counts bytes, not characters', () => {
    const report = makeReport({ routes: [], findings: Array.from({ length: 50 }, (_, index) => finding({ rule: 'x', line: index + 1, message: 'é'.repeat(100) })) });
    expect(Buffer.byteLength(formatSummary(report, { maxBytes: 5000 }))).toBeLessThanOrEqual(5000);
  });
});
