// The commands about code: `scan` (the call sites and the route each is tied to) and
// `init --from-code` (a starter manifest from what the code calls).
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../manifest/discover.js';
import type { FormatName } from '../report/index.js';
import { markdownCode, markdownText, sanitizeTerminal } from '../report/escape.js';
import { formatJsonValue } from '../report/format-json.js';
import type { Report, ReportedCallSite } from '../report/schema.js';
import type { ScanResult } from '../scan/types.js';

export function callSiteListing(report: Report, scan: ScanResult | null, format: FormatName): string {
  const sites = report.callSites ?? [];
  if (format === 'json') {
    return formatJsonValue({ callSites: sites, filesRead: scan?.filesRead ?? 0, filesParsed: scan?.filesParsed ?? 0, notices: scan?.notices ?? [] });
  }
  if (format === 'markdown') {
    const rows = sites.map(
      (site) =>
        `| ${markdownText(`${site.file}:${site.line}`)} | ${markdownCode(site.provider)} | ${markdownCode(site.api)} | ${site.model === null ? '—' : markdownCode(site.model)} | ${site.route === null ? '**none**' : `${markdownCode(site.route)} (${markdownText(site.tiedBy ?? '')})`} |`,
    );
    return `| Call site | Provider | Call | Model | Route |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}${rows.length ? '\n' : ''}\n${sites.length} call site(s).\n`;
  }
  if (format !== 'text') throw new UsageError(`\`scan\` prints text, json or markdown, not ${format}`);
  const lines: string[] = [];
  let file = '';
  for (const site of sites) {
    if (site.file !== file) lines.push((file = site.file));
    const tied = site.route === null ? 'tied to no route' : `route ${site.route} (by ${site.tiedBy})`;
    lines.push(`  ${site.line}:${site.column}  ${site.provider}  ${site.api}  ${site.model ?? '(model not shown)'}  -> ${tied}`);
  }
  const untied = sites.filter((site) => site.route === null).length;
  lines.push(`${sites.length} call site(s) in ${scan?.filesRead ?? 0} source file(s) read (${scan?.filesParsed ?? 0} parsed); ${untied} tied to no route.`);
  return `${sanitizeTerminal(lines.join('\n'))}\n`;
}

/** One route per distinct provider, model and endpoint host the code calls. */
function proposedRoutes(sites: readonly ReportedCallSite[], taken: ReadonlySet<string>): string[] {
  const groups = new Map<string, ReportedCallSite[]>();
  for (const site of sites) {
    const host = site.endpoint ? /^https?:\/\/([^/]+)/.exec(site.endpoint)?.[1] ?? '' : '';
    const key = JSON.stringify([site.provider, site.model, host]);
    groups.set(key, [...(groups.get(key) ?? []), site]);
  }
  const used = new Set(taken);
  const blocks: string[] = [];
  for (const group of groups.values()) {
    const [first] = group as [ReportedCallSite];
    const id = uniqueId(`${first.provider}-${first.model ?? 'images'}`, used);
    const files = [...new Set(group.map((site) => site.file))];
    const lines = [
      `  - id: ${id}`,
      `    kind: official-api                 # decide: official-api (the vendor, your account), provider-paid or`,
      `                                       # provider-trial (a third party), user-pays, unknown-wrapper`,
      `    stage: production                  # decide: production | internal | demo | exploration`,
      `    provider: ${first.provider}`,
      first.model === null ? `    model: unknown                     # find out: the model id the calls use (the code reads it at run time)` : `    model: ${yamlString(first.model)}`,
      ...(first.endpoint ? [`    endpoint: ${yamlString(first.endpoint)}`] : []),
      `    keyOwner: unknown                  # find out: the team or person who owns the key${first.keyEnv ? ` in ${first.keyEnv}` : ''}`,
      first.keyEnv ? `    secretRef: env:${first.keyEnv}` : `    secretRef: unknown                 # find out: where the key lives (env:NAME, secret:NAME, vault:PATH)`,
      `    billing:`,
      `      payer: unknown                   # find out: whose account pays (our-account, end-user, provider-credit, ...)`,
      `      trigger: unknown                 # find out: the event that charges (each successful call? failed ones too?)`,
      `    limits: unknown                    # find out: the rate and spend limits of this route`,
      `    support: unknown                   # find out: who answers when it fails`,
      `    dataTerms: unknown                 # find out: the URL of the terms covering prompts and images`,
      `    fallback: unknown                  # find out: route:<id> or the plan when this route fails`,
      `    code: [${files.map(yamlString).join(', ')}]`,
      `    # checked: YYYY-MM-DD              # the day a person verified these facts`,
    ];
    blocks.push(lines.join('\n'));
  }
  return blocks;
}

function uniqueId(wanted: string, used: Set<string>): string {
  const base = wanted.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'route';
  let id = base;
  for (let count = 2; used.has(id); count++) id = `${base}-${count}`;
  used.add(id);
  return id;
}

function yamlString(value: string): string {
  return /^[A-Za-z0-9_./:@-]+$/.test(value) && !/^[0-9]/.test(value) ? value : JSON.stringify(value);
}

/**
 * Writes `image-routes.yml` with one route per distinct call the code makes, or, when a manifest
 * exists, prints the routes the untied call sites need. Never overwrites.
 */
export function initFromCode(cwd: string, report: Report): { notes: string[]; print?: string } {
  const untied = (report.callSites ?? []).filter((site) => site.route === null);
  if (report.manifests.length > 0) {
    if (untied.length === 0) return { notes: ['every call site in the source is tied to a declared route: nothing to add'] };
    const blocks = proposedRoutes(untied, new Set(report.routes.map((route) => route.id)));
    return {
      notes: [`${untied.length} call site(s) are tied to no route: add these routes to a manifest (${report.manifests.map((manifest) => manifest.file).join(', ')}), then fill in every \`unknown\``],
      print: `${blocks.join('\n\n')}\n`,
    };
  }
  if (untied.length === 0) return { notes: ['no image-API call site found in the source: nothing to write (`image-route-policy init` writes a commented starter)'] };
  const target = path.join(cwd, 'image-routes.yml');
  if (fs.existsSync(target)) return { notes: ['kept image-routes.yml: it exists already (init never overwrites)'] };
  const text = [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/image-route-policy/image-route-policy/v1/schemas/image-routes.schema.json',
    '# Written by `image-route-policy init --from-code` from the image-API calls in the source. The facts',
    '# the code shows are filled in; every `unknown` is a fact a person must find out before production.',
    'version: 1',
    'routes:',
    proposedRoutes(untied, new Set()).join('\n\n'),
    '',
  ].join('\n');
  fs.writeFileSync(target, text, { flag: 'wx' });
  return { notes: [`wrote image-routes.yml with ${proposedRoutes(untied, new Set()).length} route(s) for ${untied.length} call site(s): fill in every \`unknown\`, then run \`image-route-policy check\``] };
}
