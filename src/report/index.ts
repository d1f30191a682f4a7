// Every report format, each a pure function of the report: the same report gives the same bytes.
import { formatGithub, type GithubOptions } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatMarkdown, type MarkdownOptions } from './format-markdown.js';
import { formatSarif, type SarifOptions } from './format-sarif.js';
import { formatText, type TextOptions } from './format-text.js';
import type { Report } from './schema.js';

export const FORMATS = ['text', 'json', 'markdown', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMATS)[number];

/** Options of every format; each format reads only its own. */
export type FormatOptions = TextOptions & MarkdownOptions & SarifOptions & GithubOptions;

const FORMATTERS: Record<FormatName, (report: Report, options: FormatOptions) => string> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  sarif: formatSarif,
  github: formatGithub,
};

export function isFormat(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

export function formatReport(report: Report, format: FormatName, options: FormatOptions = {}): string {
  return FORMATTERS[format](report, options);
}

export { formatGithub, formatJson, formatMarkdown, formatSarif, formatText };
export { formatSummary, COMMENT_MARKER, MAX_COMMENT_LENGTH, MAX_SUMMARY_BYTES } from './format-markdown.js';
export type { GithubOptions, MarkdownOptions, SarifOptions, TextOptions };
export type { SummaryOptions } from './format-markdown.js';
