// Key material we recognise, and how to talk about it without printing it. A matched value is shown
// only as its first four characters and its length, everywhere. The formats are data: the provider
// catalog's `keyFormats` (policies/providers.yml), extended by a policy's `providers:`.
import { loadBuiltinProviders } from '../catalog/load.js';

export interface SecretPattern {
  name: string;
  pattern: RegExp;
}

/** What the scanner needs of a catalog key format. */
export interface KeyPattern {
  name: string;
  prefix: string;
  /** One regular-expression character class; default `[A-Za-z0-9_-]`. */
  body?: string;
  minBody: number;
}

export interface SecretMatch {
  name: string;
  value: string;
}

/** Not in the middle of a longer word: `mask-...` or `task-…` is no key. */
const NOT_AFTER = '(?<![A-Za-z0-9_-])';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** One class holding every ASCII character any of `classes` allows, each written as an escape. */
function unionClass(classes: readonly string[]): string {
  const tests = classes.map((body) => new RegExp(`^${body}$`));
  let members = '';
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    if (tests.some((test) => test.test(char))) members += `\\x${code.toString(16).padStart(2, '0')}`;
  }
  return `[${members}]`;
}

/** `A(?:Iza|KIA)|sk\\-`: prefixes as one alternation per first character, which the regex engine scans fast. */
function groupByFirst(prefixes: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const prefix of prefixes) {
    const rest = groups.get(prefix[0]!) ?? [];
    rest.push(prefix.slice(1));
    groups.set(prefix[0]!, rest);
  }
  return [...groups]
    .map(([first, rests]) => (rests.length === 1 ? escapeRegExp(first + rests[0]) : `${escapeRegExp(first)}(?:${rests.map(escapeRegExp).join('|')})`))
    .join('|');
}

/** "an OpenAI key", "a Google API key". */
export function withArticle(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}

export class SecretScanner {
  /** Longest prefix first, so `sk-ant-…` is named Anthropic, not OpenAI. */
  readonly patterns: readonly SecretPattern[];
  /**
   * What every pattern needs at least: its prefix and its shortest run of key characters. A mask
   * (`sk-p...`) does not pass, so a report that names a masked key is not scanned again.
   */
  private readonly precheck: RegExp;

  constructor(formats: readonly KeyPattern[]) {
    // Formats written alike by two vendors (`sk-` keys) are one pattern with both names.
    const merged = new Map<string, { prefix: string; body: string; minBody: number; names: string[] }>();
    for (const format of formats) {
      const body = format.body ?? '[A-Za-z0-9_-]';
      const key = `${format.prefix}\u0000${body}\u0000${format.minBody}`;
      const found = merged.get(key);
      if (found) {
        if (!found.names.includes(format.name)) found.names.push(format.name);
      } else merged.set(key, { prefix: format.prefix, body, minBody: format.minBody, names: [format.name] });
    }
    const ordered = [...merged.values()].sort((a, b) => b.prefix.length - a.prefix.length);
    this.patterns = ordered.map(({ prefix, body, minBody, names }) => ({
      name: names.join(' or '),
      pattern: new RegExp(`${NOT_AFTER}${escapeRegExp(prefix)}${body}{${minBody},}`, 'g'),
    }));
    // One alternation of the prefixes, then the shortest run of any body character: a superset of
    // every pattern (so it never refuses a key) that the regex engine scans fast, where one
    // alternative per format (each with its own class and length) made it scan 5.7 MB twice as slowly.
    // A prefix that extends a shorter one with body characters only (`sk-proj-` after `sk-`) adds
    // nothing to that superset, and the rest are grouped by their first character.
    const union = unionClass(ordered.map(({ body }) => body));
    const bodyOnly = new RegExp(`^${union}*$`);
    const all = [...new Set(ordered.map(({ prefix }) => prefix))];
    const minimal = all.filter((prefix) => !all.some((shorter) => shorter.length < prefix.length && prefix.startsWith(shorter) && bodyOnly.test(prefix.slice(shorter.length))));
    const shortest = Math.min(...ordered.map(({ minBody }) => minBody));
    // An empty prefix (a format of body characters alone) leaves nothing to group: the run alone is the check.
    const prefixPart = minimal.includes('') ? '' : `(?:${groupByFirst(minimal)})`;
    this.precheck = minimal.length ? new RegExp(`${prefixPart}${union}{${shortest}}`) : /(?!)/;
  }

  /** Cheap pre-check: no pattern can match a text this refuses. */
  mightHold(text: string): boolean {
    return this.precheck.test(text);
  }

  /** The first key-like value in `text`, if any. */
  find(text: string): SecretMatch | undefined {
    if (!this.mightHold(text)) return undefined;
    for (const { name, pattern } of this.patterns) {
      pattern.lastIndex = 0;
      const match = pattern.exec(text);
      if (match) return { name, value: match[0] };
    }
    return undefined;
  }

  /** Replaces every key-like value in `text` by its mask: the last line of defence in every output. */
  redact(text: string): string {
    if (!this.mightHold(text)) return text;
    let result = text;
    for (const { pattern } of this.patterns) {
      pattern.lastIndex = 0;
      result = result.replace(pattern, (value) => `${value.slice(0, 4)}...[redacted ${value.length} characters]`);
    }
    return result;
  }
}

let builtin: SecretScanner | undefined;

/** The key formats of the bundled provider catalog. */
export function builtinSecrets(): SecretScanner {
  if (builtin) return builtin;
  try {
    const { providers, otherKeyFormats } = loadBuiltinProviders();
    return (builtin = new SecretScanner([...providers.flatMap((provider) => provider.keyFormats ?? []), ...otherKeyFormats]));
  } catch (error) {
    // A broken bundled catalog is a bug that must still be reported, and reporting redacts: until
    // then, mask every long key-like run rather than none.
    builtin = new SecretScanner([{ name: 'key-like value', prefix: '', body: '[A-Za-z0-9_.-]', minBody: 24 }]);
    throw error;
  }
}

/** A secretRef that is a reference, not the key itself. */
export const SECRET_REFERENCE = /^(?:env:[A-Za-z_][A-Za-z0-9_]*|secret:[A-Za-z_][A-Za-z0-9_-]*|vault:\S+|none)$/;

export function redactSecrets(text: string): string {
  return builtinSecrets().redact(text);
}

export function mightHoldSecret(text: string): boolean {
  return builtinSecrets().mightHold(text);
}

/** "`sk-p...` (164 characters)": enough to find the value, never enough to use it. ASCII, so a report stays one byte per character. */
export function maskSecret(value: string): string {
  return `\`${value.slice(0, 4)}...\` (${value.length} characters)`;
}
