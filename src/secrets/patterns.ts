// Key material we recognise, and how to talk about it without printing it. A matched value is shown
// only as its first four characters and its length, everywhere.

export interface SecretPattern {
  name: string;
  pattern: RegExp;
}

// Longest prefixes first, so `sk-ant-…` is named Anthropic, not OpenAI.
const NOT_AFTER = '(?<![A-Za-z0-9_-])';
export const SECRET_PATTERNS: readonly SecretPattern[] = [
  { name: 'OpenRouter key', pattern: new RegExp(`${NOT_AFTER}sk-or-v1-[A-Za-z0-9]{32,}`, 'g') },
  { name: 'Anthropic key', pattern: new RegExp(`${NOT_AFTER}sk-ant-[A-Za-z0-9_-]{20,}`, 'g') },
  { name: 'OpenAI project key', pattern: new RegExp(`${NOT_AFTER}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}`, 'g') },
  { name: 'OpenAI key', pattern: new RegExp(`${NOT_AFTER}sk-[A-Za-z0-9]{20,}`, 'g') },
  { name: 'Google API key', pattern: new RegExp(`${NOT_AFTER}AIza[0-9A-Za-z_-]{35}`, 'g') },
  { name: 'Hugging Face token', pattern: new RegExp(`${NOT_AFTER}hf_[A-Za-z0-9]{30,}`, 'g') },
  { name: 'Replicate token', pattern: new RegExp(`${NOT_AFTER}r8_[A-Za-z0-9]{30,}`, 'g') },
];

/** A secretRef that is a reference, not the key itself. */
export const SECRET_REFERENCE = /^(?:env:[A-Za-z_][A-Za-z0-9_]*|secret:[A-Za-z_][A-Za-z0-9_-]*|vault:\S+|none)$/;

export interface SecretMatch {
  name: string;
  value: string;
}

/** The first key-like value in `text`, if any. */
export function findSecret(text: string): SecretMatch | undefined {
  if (!mightHoldSecret(text)) return undefined;
  for (const { name, pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) return { name, value: match[0] };
  }
  return undefined;
}

/** "`sk-p...` (164 characters)": enough to find the value, never enough to use it. ASCII, so a report stays one byte per character. */
export function maskSecret(value: string): string {
  return `\`${value.slice(0, 4)}...\` (${value.length} characters)`;
}

/** Replaces every key-like value in `text` by its mask: the last line of defence in every output. */
export function redactSecrets(text: string): string {
  if (!mightHoldSecret(text)) return text;
  let result = text;
  for (const { pattern } of SECRET_PATTERNS) {
    pattern.lastIndex = 0;
    result = result.replace(pattern, (value) => `${value.slice(0, 4)}...[redacted ${value.length} characters]`);
  }
  return result;
}

/**
 * What every pattern above needs at least: its prefix and the shortest run of key characters after
 * it. A mask (`sk-p...`) does not pass, so a report that names a masked key is not scanned again.
 */
const PREFIXES = /sk-[\w-]{20}|AIza[\w-]{35}|hf_[A-Za-z0-9]{30}|r8_[A-Za-z0-9]{30}/;

/** Cheap pre-check: no pattern can match a text this refuses. */
export function mightHoldSecret(text: string): boolean {
  return PREFIXES.test(text);
}
