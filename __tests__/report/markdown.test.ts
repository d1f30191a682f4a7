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
    expect(facts).toBeLessThan(out.indexOf('### Other findings'));
    expect(tableAfter(out, '### Routes missing')).toEqual([
      '| <code>fal-trial</code> | image-routes.yml:4 | key owner, billing trigger |',
      '| <code>openai-prod</code> | image-routes.yml:20 | checked date |',
    ]);
  });

  it('then every other open finding, errors first, rule linked to its docs', () => {
    const rows = tableAfter(out, '### Other findings');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe(
      '| ❌ error | [manifest-invalid](https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules/manifest-invalid.md) | — | services/api/image-routes.yml:1 | duplicate key <code>routes</code> |',
    );
    expect(rows.map((row) => row.split(' | ')[0])).toEqual(['| ❌ error', '| ⚠️ warning', '| ⚠️ warning', '| ℹ️ notice']);
    expect(rows.some((row) => row.includes('key-owner-missing'))).toBe(false);
  });

  it('folds waived findings into <details> with owner, reason and expiry', () => {
    const details = out.slice(out.indexOf('<details>'), out.indexOf('</details>'));
    expect(details).toContain('<summary>1 waived finding</summary>');
    expect(details).toContain('| <code>limits</code> is not set | ana | exploration only, tracked in PLAT-12 | 2027-01-31 |');
    expect(out.indexOf('<details>')).toBeGreaterThan(out.indexOf('### Other findings'));
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
    expect(formatMarkdown(report)).toContain('### Findings\n');
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
    const keptOthers = tableAfter(cut, '### Other findings').length;
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
    expect(rows[7]).toContain('| waived by ana until 2027-01-31: exploration only, tracked in PLAT-12 |');
    expect(rows.slice(0, 7).every((row) => row.includes('| open |'))).toBe(true);
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
