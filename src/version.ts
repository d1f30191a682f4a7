// Kept equal to package.json's version by a test (the core reads no files to learn it).
export const TOOL_NAME = 'image-route-policy';
export const TOOL_VERSION = '1.0.0';
/** Where rule docs live. */
export const DOCS_BASE = 'https://github.com/image-route-policy/image-route-policy/blob/v1/docs/rules';

/** The docs page of a rule: every output links the same address. */
export function ruleDocsUrl(rule: string): string {
  return `${DOCS_BASE}/${encodeURIComponent(rule)}.md`;
}
export const ISSUES_URL = 'https://github.com/image-route-policy/image-route-policy/issues';

/** Where the published JSON Schemas live: their `$id`, and the address the `init` templates' modelines name. */
export const SCHEMA_BASE = 'https://raw.githubusercontent.com/image-route-policy/image-route-policy/v1/schemas';

/** The stable `$id` of a published schema file. */
export function schemaId(file: string): string {
  return `${SCHEMA_BASE}/${file}`;
}
