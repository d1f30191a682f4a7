// Escaping per output channel. Everything a manifest or policy says is data: route ids, files,
// messages (which quote user values), waiver reasons and owners, policy sources and notes all go
// through one of these functions, and each of them also masks key material (redactSecrets).
import { redactSecrets } from '../secrets/patterns.js';

// CSI (`ESC [ … final`, also the 8-bit CSI), OSC (`ESC ] … BEL|ST`, e.g. hyperlinks and window
// titles) and the other `ESC [intermediates] final` forms (resets, charsets, keypad modes…).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[ -/]*[0-~]/g;
// C0 and C1 controls except tab, LF and CR (handled below), DEL, Unicode line separators, and the
// bidi overrides, isolates and marks (LRM, RLM, ALM) that can make text read differently from what
// it is ("Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const REPLACEMENT = '\uFFFD';

/** What to do with line breaks: keep as LF, fold into one line, or leave CR/LF as written. */
type Breaks = 'keep' | 'fold' | 'raw';

/** Control-free, secret-free text: the common first step of every channel. */
function clean(text: string, breaks: Breaks): string {
  let result = text.replace(ANSI_SEQUENCE, '').replace(CONTROL, REPLACEMENT).replace(/\t/g, ' ');
  if (breaks === 'keep') result = result.replace(/\r\n?/g, '\n');
  else if (breaks === 'fold') result = result.replace(/\s*(?:\r\n?|\n)\s*/g, ' ');
  // Redact last: stripping a sequence must not be able to join the halves of a key unseen.
  return redactSecrets(result);
}

/** Cuts `text` to at most `max` characters (never inside a surrogate pair), marking the cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (/[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end)}…`;
}

// ---------------------------------------------------------------------------------------------
// Markdown (PR comment, job summary, tracking issue)

// User text never lands inside an HTML attribute, so quotes need no entity.
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// A zero-width joiner after `@` and `#` stops GitHub from turning `@user` into a ping and `#12`
// into an issue link (both are matched on the rendered text, so a backslash would not help).
const ZWJ = '\u200D';

function escapeMarkdownChar(char: string): string {
  const entity = HTML_ENTITIES[char];
  if (entity) return entity;
  if (char === '@' || char === '#') return char + ZWJ;
  return `\\${char}`;
}

// Backslash-escaped: emphasis, code, links and images, strike-through, math, table pipes, and the
// backslash itself. `-`, `+`, `.` only matter at the start of a line, where user text never is.
const MARKDOWN_SPECIAL = /[\\`*_[\]()!|~$&<>@#]/g;

export interface ClipOptions {
  /** Clip the text (after redaction, before escaping) to this many characters. */
  maxChars?: number;
}

/** One line of markdown-safe text, for table cells and inline use. */
export function markdownText(text: string, options: ClipOptions = {}): string {
  return escapeMarkdown(clipped(clean(text, 'fold'), options));
}

/**
 * An engine message: our own `code spans` around field names and quoted values become <code>
 * elements, and everything (inside and outside them) is escaped, so a user value holding
 * backticks can at worst shift which part looks like code, never break out.
 */
export function markdownMessage(text: string, options: ClipOptions = {}): string {
  return clipped(clean(text, 'fold'), options)
    .split(/`([^`]*)`/)
    .map((part, index) => (index % 2 === 1 ? `<code>${escapeMarkdown(part)}</code>` : linkedText(part)))
    .join('');
}

/** Sentence punctuation after a URL, and closing parentheses it did not open, are not part of it (one pass). */
function trimUrl(candidate: string): string {
  let opens = 0;
  let closes = 0;
  for (const char of candidate) {
    if (char === '(') opens++;
    else if (char === ')') closes++;
  }
  let end = candidate.length;
  for (; end > 0; end--) {
    const char = candidate[end - 1]!;
    if (".,;:!?'*".includes(char)) continue;
    if (char === ')' && closes > opens) {
      closes--;
      continue;
    }
    break;
  }
  return candidate.slice(0, end);
}

function isPlainUrl(url: string): boolean {
  if (url.includes('\\')) return false;
  try {
    const parsed = new URL(url);
    return parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Escaped text whose http(s) URLs become explicit links: an escaped URL left to GitHub's autolinking
 * could show (and link) its backslashes; the link's target is encoded by markdownUrl.
 */
function linkedText(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/https?:\/\/[^\s<>`"]+/gi)) {
    const url = trimUrl(match[0]);
    // A URL whose shown text could mislead (a backslash browsers read as `/`, a user:password@
    // before the host) stays plain text.
    const target = isPlainUrl(url) ? markdownUrl(url) : undefined;
    if (!target) continue;
    out += escapeMarkdown(text.slice(last, match.index)) + `[${escapeMarkdown(url)}](${target})`;
    last = match.index + url.length;
  }
  return out + escapeMarkdown(text.slice(last));
}

/** Inline code for a value (route id, file): escaped like any text, shown as code. */
export function markdownCode(text: string, options: ClipOptions = {}): string {
  return `<code>${markdownText(text, options)}</code>`;
}

/** A URL fit for `[text](url)`: http(s) only, with every character that could end the link encoded. */
export function markdownUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s/]/i.test(url)) return undefined;
  return redactSecrets(url).replace(/[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]/g, (char) =>
    Array.from(new TextEncoder().encode(char), (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, escapeMarkdownChar);
}

function clipped(text: string, options: ClipOptions): string {
  return options.maxChars === undefined ? text : clip(text, options.maxChars);
}

// ---------------------------------------------------------------------------------------------
// Terminal

// The Actions runner reads any log line that starts with `::` (after spaces) as a workflow command,
// and the CLI's output lands in logs: a zero-width space keeps such a line plain text.
const COMMAND_AT_LINE_START = /(^|\n)([^\S\n]*):(?=:)/g;

/** Text for a terminal: no escape sequences or control characters; line breaks kept if asked. */
export function terminalText(text: string, options: { multiline?: boolean } = {}): string {
  return clean(text, options.multiline ? 'keep' : 'fold').replace(COMMAND_AT_LINE_START, '$1$2:\u200B');
}

/** Several lines of text for a terminal (the CLI's own listings and messages). */
export function sanitizeTerminal(text: string): string {
  return terminalText(text, { multiline: true });
}

// ---------------------------------------------------------------------------------------------
// GitHub workflow commands (`::error file=…::message`), escaped as the runner unescapes them.

/** The message part of a workflow command. */
export function commandData(text: string): string {
  return clean(text, 'raw').replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (`file=`, `title=`…). */
export function commandProperty(text: string): string {
  return commandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ---------------------------------------------------------------------------------------------
// SARIF

/** Plain data (SARIF properties and justifications): no control characters, no secrets. */
export function plainText(text: string): string {
  return clean(text, 'keep');
}

/**
 * A SARIF plain-text message: no control characters, and `[`, `]` and `\` escaped so text like
 * `[x](1)` is not read as an embedded link (SARIF 2.1.0 §3.11.6).
 */
export function sarifText(text: string): string {
  return plainText(text).replace(/[\\[\]]/g, (char) => `\\${char}`);
}
