// The injection corpus: every string users write (route ids, files, messages, waiver reasons and
// owners, policy sources and note) carries markdown, HTML, mentions, workflow commands, terminal
// escapes and a fake key; every format must come out neutralised.
import type { Log } from 'sarif';
import { formatMarkdown, formatSummary } from '../../src/report/format-markdown.js';
import { FORMATS, formatReport } from '../../src/report/index.js';
import { FAKE_KEY, hostileReport, INJECTIONS } from './fixtures.js';

const report = hostileReport();

/** Markdown pipes that are not escaped: the real column separators. */
function separators(line: string): number {
  return (line.match(/(?<!\\)\|/g) ?? []).length;
}

/** The header-defined column count holds for every row of every table. */
function expectIntactTables(markdown: string): void {
  let expected: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      expected = undefined;
      continue;
    }
    expected ??= separators(line);
    expect(separators(line)).toBe(expected);
  }
}

describe.each([
  ['PR comment', formatMarkdown(report)],
  ['job summary', formatSummary(report)],
])('markdown: %s', (_, out) => {
  it('lets no HTML through', () => {
    expect(out).not.toMatch(/<img|<\/?details><img|onerror=alert\(1\)>/);
    // Only our own tags remain.
    const tags = new Set(out.match(/<\/?[a-z]+/g));
    expect([...tags].every((tag) => /^<\/?(code|details|summary|sub|br)$/.test(tag))).toBe(true);
    expect((out.match(/<details>/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  });

  it('pings nobody and links no issue', () => {
    expect(out).not.toMatch(/@octocat/);
    expect(out).not.toMatch(/#1/);
  });

  it('keeps every table row in its columns', () => {
    expectIntactTables(out);
  });

  it('makes no link out of user text', () => {
    expect(out).not.toContain('](javascript');
    expect(out).not.toMatch(/(?<!\\)\[link(?<!\\)\]/);
  });

  it('writes user backticks as text, not code', () => {
    expect(out).not.toMatch(/(?<!\\)`code(?<!\\)`/);
  });

  it('has no terminal escapes or control characters, and no line that reads as a workflow command', () => {
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
  });
});

describe('text', () => {
  const out = formatReport(report, 'text');
  const coloured = formatReport(report, 'text', { color: true });

  it('has no escape sequence or control character from user text', () => {
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    // eslint-disable-next-line no-control-regex -- only our own SGR codes remain
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(out);
    expect(out).toContain('  r4red\n');
  });

  it('has no line that reads as a workflow command, and one summary line', () => {
    expect(out.split('\n').some((line) => /^\s*::/.test(line))).toBe(false);
    expect(out.split('\n').filter((line) => /^[✖✔⚠] /.test(line))).toHaveLength(1);
  });
});

describe('github', () => {
  const lines = formatReport(report, 'github').trimEnd().split('\n');

  it('emits only our own commands, one line each', () => {
    // 9 errors (8 missing owners, 1 bad manifest) and 8 warnings; waived ones are not annotated.
    expect(lines).toHaveLength(17);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) [^:]*::[^\r\n]*$/);
  });

  it('escapes : and , in every property, so no property can end the command early', () => {
    for (const line of lines) {
      const properties = line.slice(line.indexOf(' ') + 1, line.indexOf('::', 2));
      for (const property of properties.split(',')) expect(property).toMatch(/^(file|line|col|title)=[^:,]*$/);
    }
    expect(lines.join('\n')).toContain('title=key-owner-missing (r3%3A%3Aerror%3A%3Apwned)');
  });

  it('carries line breaks only as %0D and %0A, and no escape sequence', () => {
    expect(lines.join('\n')).toContain('bad%0Aline%0D%0A');
    expect(lines.join('\n')).not.toContain('\u001b');
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatReport(report, 'sarif')) as Log;
  const texts = log.runs[0]!.results!.map((result) => result.message.text!);

  it('escapes embedded-link syntax and drops control characters in messages', () => {
    for (const text of texts) {
      expect(text).not.toMatch(/(?<!\\)\[link(?<!\\)\]/);
      // eslint-disable-next-line no-control-regex -- the point of the test
      expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('keeps data in properties and justifications free of control characters', () => {
    const data = JSON.stringify(log.runs[0]!.results!.map((result) => [result.properties, result.suppressions]));
    expect(data).not.toContain('\\u001b');
  });
});

describe('json', () => {
  it('keeps user text as data: valid JSON that round-trips, keys aside', () => {
    const parsed = JSON.parse(formatReport(report, 'json')) as typeof report;
    expect(parsed.routes.map((item) => item.id)).toEqual(report.routes.map((item) => item.id));
    expect(parsed.findings.at(-1)!.file).toBe(report.findings.at(-1)!.file);
  });
});

describe.each(FORMATS)('%s', (format) => {
  it('never prints the fake key', () => {
    const outputs = [formatReport(report, format), formatReport(report, format, { color: true })];
    if (format === 'markdown') outputs.push(formatSummary(report));
    for (const out of outputs) {
      expect(out).not.toContain(FAKE_KEY);
      expect(out).not.toContain(FAKE_KEY.slice(0, 12));
    }
  });

  it('has the corpus in its input', () => {
    expect(INJECTIONS.every((text) => report.routes.some((item) => item.id.includes(text)))).toBe(true);
  });
});
