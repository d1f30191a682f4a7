// The injection corpus and the hostile repository built from it: every payload in every field a
// manifest author writes (each field in its own manifest, so a field's report stays small enough to
// be read whole), in folder names, in waiver reasons, owners and routes, and in a preset's file name.
import path from 'node:path';
import { makeRoot, quietRoute, toYaml, write } from './support.js';

/** Strings that mean something to markdown, HTML, GitHub, the Actions runner or a terminal. */
export const PAYLOADS: Readonly<Record<string, string>> = {
  'forged comment marker': '<!-- image-route-policy:report -->',
  'forged stale marker': '<!-- image-route-policy:stale -->',
  'markdown link': '[click me](https://evil.example/phish)',
  'markdown image': '![pixel](https://evil.example/t.png)',
  'javascript link': '[x](javascript:alert(1))',
  'autolink': '<https://evil.example>',
  'emphasis and math': '**bold** __u__ *i* _i_ ~~s~~ $x^2$',
  'img onerror': '<img src=x onerror=alert(1)>',
  'script': '<script>alert(document.cookie)</script>',
  'closing tags': '</details></summary></code></sub></table>',
  'html comment': '<!-- hidden',
  'mention': '@octocat please look',
  'team mention': '@github/security-team',
  'issue references': '#123 GH-4 octo/repo#5',
  'error command': '::error::pwned',
  'set-output command': '::set-output name=passed::true',
  'add-mask command': '::add-mask::visible',
  'stop-commands': '::stop-commands::resume-token',
  'encoded command': '%0A::warning::pwned%0D%0A%25',
  'newline command': 'x\n::error::injected\r\n::notice::cr\r::debug::x',
  'ansi colour': '\u001b[31mred\u001b[0m',
  'osc 8 hyperlink': '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  'clear screen': '\u001b[2J\u001b[3J\u001bc',
  'window title': '\u001b]0;pwned\u001b\\',
  '8-bit CSI': '\u009b31mX\u009b0m',
  'bidi override': 'admin\u202e\u2066txt.exe\u2069\u202c',
  'bidi marks': 'a\u200eb\u200fc\u061cd',
  'table pipes': '| a | b |\n|---|---|',
  'backticks': '`code` ``double`` ```fence',
  'CR and LF': 'one\rtwo\nthree\r\nfour',
  'NUL and C0': 'a\u0000b\u0007c\u0008d\u000be\u000cf',
  'line separators': 'a\u2028b\u2029c\u0085d',
  'entities': '&lt;img&gt; &#64;octocat &amp;',
  'backslashes': '\\| \\` \\\\ \\<b>',
  'blockquote alert': '> [!WARNING]\n> pwned',
  'heading': '# pwned\n## pwned',
  'long': `${'x'.repeat(3000)}<img src=x onerror=alert(1)>@octocat`,
};

export const PAYLOAD_NAMES = Object.keys(PAYLOADS);

interface Placement {
  /** Folder under fields/ (one manifest per placement). */
  slug: string;
  /** What the user wrote where. */
  description: string;
  build: (payload: string, id: string) => { route?: Record<string, unknown>; top?: Record<string, unknown>; defaults?: Record<string, unknown> };
  /**
   * The part of the payload the report carries (a finding's route or message, a route's key owner),
   * checked in the JSON report so the corpus provably reaches every format; undefined for fields
   * the report never quotes.
   */
  echo?: (payload: string) => string;
  /** Skip payloads that cannot go there (YAML keys are limited to 1024 characters). */
  skip?: (name: string) => boolean;
}

const start = (text: string): string => text.slice(0, 30);
const notLong = (name: string): boolean => name === 'long';

export const PLACEMENTS: readonly Placement[] = [
  { slug: 'id', description: 'route id (invalid, so it reaches findings raw)', build: (p, id) => ({ route: quietRoute(id, { id: p }) }), echo: (p) => p },
  { slug: 'provider', description: 'provider', build: (p, id) => ({ route: quietRoute(id, { provider: p }) }), echo: (p) => start(p.trim()) },
  { slug: 'model', description: 'model', build: (p, id) => ({ route: quietRoute(id, { model: p }) }), echo: start },
  { slug: 'aliasof', description: 'aliasOf', build: (p, id) => ({ route: quietRoute(id, { kind: 'provider-paid', model: 'acme-image-pro', aliasOf: p }) }) },
  { slug: 'keyowner', description: 'keyOwner', build: (p, id) => ({ route: quietRoute(id, { keyOwner: p, checked: '2026-01-05' }) }), echo: (p) => p },
  { slug: 'secretref', description: 'secretRef (not a reference)', build: (p, id) => ({ route: quietRoute(id, { secretRef: p }) }), echo: (p) => p.slice(0, 4) },
  { slug: 'support', description: 'support', build: (p, id) => ({ route: quietRoute(id, { support: p }) }) },
  { slug: 'fallback', description: 'fallback (route:…)', build: (p, id) => ({ route: quietRoute(id, { fallback: `route:${p}` }) }), echo: (p) => start(p.trim()) },
  { slug: 'fallback-text', description: 'fallback (words)', build: (p, id) => ({ route: quietRoute(id, { fallback: p }) }) },
  { slug: 'limits', description: 'limits (text)', build: (p, id) => ({ route: quietRoute(id, { limits: p }) }) },
  { slug: 'limits-list', description: 'limits (list)', build: (p, id) => ({ route: quietRoute(id, { limits: ['Tier 1', p] }) }) },
  { slug: 'dataterms', description: 'dataTerms', build: (p, id) => ({ route: quietRoute(id, { stage: 'demo', dataTerms: p }) }), echo: start },
  { slug: 'claims', description: 'claims (text)', build: (p, id) => ({ route: quietRoute(id, { claims: [`unlimited ${p}`] }) }), echo: (p) => start(`unlimited ${p}`) },
  {
    slug: 'claims-object',
    description: 'claims (object with evidence)',
    build: (p, id) => ({ route: quietRoute(id, { claims: [{ text: `no limits ${p}`, evidence: { type: 'terms', url: `https://example.com/?q=${encodeURIComponent(p)}` } }] }) }),
    echo: (p) => start(`no limits ${p}`),
  },
  { slug: 'labels', description: 'labels', build: (p, id) => ({ route: quietRoute(id, { labels: [`free ${p}`] }) }), echo: (p) => start(`free ${p}`) },
  { slug: 'notes', description: 'notes', build: (p, id) => ({ route: quietRoute(id, { notes: p }) }) },
  { slug: 'billing-trigger', description: 'billing.trigger', build: (p, id) => ({ route: quietRoute(id, { billing: { payer: 'our-account', trigger: p, unit: 'image', failureBilling: 'not-charged' } }) }) },
  { slug: 'endpoint', description: 'endpoint query string', build: (p, id) => ({ route: quietRoute(id, { endpoint: `https://api.example.com/v1/images?q=${p}` }) }) },
  { slug: 'stage', description: 'stage (not a stage)', build: (p, id) => ({ route: quietRoute(id, { stage: p }) }), echo: start },
  { slug: 'kind', description: 'kind (not a kind)', build: (p, id) => ({ route: quietRoute(id, { kind: p }) }), echo: start },
  { slug: 'payer', description: 'billing.payer (not a payer)', build: (p, id) => ({ route: quietRoute(id, { kind: 'provider-paid', billing: { payer: p, trigger: 'per image', unit: 'image', failureBilling: 'not-charged' } }) }), echo: start },
  { slug: 'consent', description: 'consent (not a value)', build: (p, id) => ({ route: quietRoute(id, { consent: p }) }), echo: start },
  { slug: 'covers', description: 'tested.covers item', build: (p, id) => ({ route: quietRoute(id, { tested: { date: '2026-11-01', covers: ['generate', p] } }) }), echo: start },
  { slug: 'userdata', description: 'userData (not a boolean)', build: (p, id) => ({ route: quietRoute(id, { userData: p }) }), echo: start },
  { slug: 'checked', description: 'checked (not a date)', build: (p, id) => ({ route: quietRoute(id, { checked: p }) }) },
  { slug: 'unknown-key', description: 'unknown route key (its name)', build: (p, id) => ({ route: quietRoute(id, { [p]: 'x' }) }), echo: start, skip: notLong },
  { slug: 'unknown-value', description: 'unknown route key (its value)', build: (p, id) => ({ route: quietRoute(id, { 'x-extra': p }) }) },
  { slug: 'nested-key', description: 'unknown key inside billing', build: (p, id) => ({ route: quietRoute(id, { billing: { payer: 'our-account', trigger: 'per image', unit: 'image', failureBilling: 'not-charged', [p]: 1 } }) }), echo: start, skip: notLong },
  { slug: 'top-key', description: 'unknown top-level key', build: (p) => ({ top: { [p]: 1 } }), echo: start, skip: notLong },
  { slug: 'defaults-key', description: 'unknown key in defaults', build: (p) => ({ defaults: { [p]: 1 } }), echo: start, skip: notLong },
];

/** A folder name for a payload: `/` makes sub-folders, NUL (impossible in names) is dropped, segments stay short. */
export function folderFor(payload: string): string {
  return payload
    .split('\u0000')
    .join('')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => (segment === '.' || segment === '..' ? `_${segment}` : segment.length > 200 ? segment.slice(-200) : segment))
    .join('/');
}

/** The odd preset file name: no `/` or NUL, but HTML, mentions, commands, escapes and a line break. */
export const ODD_PRESET_NAME = '<img src=x onerror=alert(1)> @octocat #12 | `x` [l](javascript:x) ::error::p %0A \u001b[31m\u001b]0;t\u0007 \u202e\nnext';
export const ODD_PRESET = `.github/presets/${ODD_PRESET_NAME}.yml`;
export const POLICY_PATH = '.github/image-route-policy.yml';
export const PRESET_TEXT = 'version: 1\nrules:\n  checked-date-stale: warning\n';

export interface InjectionRepository {
  root: string;
  /** Repository path of each field's manifest folder. */
  fieldFolders: Record<string, string>;
  /** Repository path of each payload's folder under paths/. */
  pathFolders: Record<string, string>;
  policyText: string;
}

export function injectionRepository(): InjectionRepository {
  const root = makeRoot('irp-injection-');
  const fieldFolders: Record<string, string> = {};
  PLACEMENTS.forEach((placement, fieldIndex) => {
    const routes: Record<string, unknown>[] = [];
    const top: Record<string, unknown> = {};
    const defaults: Record<string, unknown> = {};
    PAYLOAD_NAMES.forEach((name, payloadIndex) => {
      if (placement.skip?.(name)) return;
      const built = placement.build(PAYLOADS[name]!, `f${fieldIndex}-p${payloadIndex}`);
      if (built.route) routes.push(built.route);
      Object.assign(top, built.top);
      Object.assign(defaults, built.defaults);
    });
    if (routes.length === 0) routes.push(quietRoute(`f${fieldIndex}-quiet`));
    const document = { version: 1, ...top, ...(Object.keys(defaults).length ? { defaults } : {}), routes };
    fieldFolders[placement.slug] = `fields/${placement.slug}`;
    write(root, `fields/${placement.slug}/image-routes.yml`, toYaml(document));
  });

  // Folder names: one manifest per payload, with a route that misses its key owner (so the file is
  // in the PR comment's first table) and a stale checked date (so it is in the tracking issue).
  const pathFolders: Record<string, string> = {};
  PAYLOAD_NAMES.forEach((name, index) => {
    const folder = `paths/${String(index).padStart(2, '0')}/${folderFor(PAYLOADS[name]!)}`;
    pathFolders[name] = folder;
    write(root, path.posix.join(folder, 'image-routes.yml'), toYaml({ version: 1, routes: [quietRoute(`path-${index}`, { keyOwner: 'unknown', checked: '2026-01-05' })] }));
  });

  // Waivers: reason and owner from the corpus on a waiver that is used, the route glob on one that is not.
  const waived = PAYLOAD_NAMES.map((_, index) => quietRoute(`w-${index}`, { stage: 'production', limits: undefined }));
  write(root, 'waived/image-routes.yml', toYaml({ version: 1, routes: waived }));
  const waivers = PAYLOAD_NAMES.flatMap((name, index) => [
    { rule: 'limit-missing', route: `w-${index}`, reason: `${PAYLOADS[name]} (accepted for the pilot)`, owner: PAYLOADS[name], expires: '2027-01-31' },
    { rule: 'support-owner-missing', route: PAYLOADS[name], reason: 'nothing matches this on purpose', owner: 'security-tests', expires: '2027-01-31' },
  ]);
  const policyText = toYaml({ version: 1, extends: ['recommended', `./presets/${ODD_PRESET_NAME}.yml`], waivers });
  write(root, POLICY_PATH, policyText);
  write(root, ODD_PRESET, PRESET_TEXT);
  return { root, fieldFolders, pathFolders, policyText };
}
