// The informational commands: `rules`, `explain`, `schema`, `stale` listings and `init`.
import fs from 'node:fs';
import path from 'node:path';
import { modelsJsonSchema } from '../catalog/models.js';
import { providersJsonSchema } from '../catalog/providers.js';
import { UsageError } from '../manifest/discover.js';
import { manifestJsonSchema, STAGES } from '../manifest/schema.js';
import { DEFAULT_POLICY_PATH } from '../policy/load.js';
import { policyJsonSchema } from '../policy/schema.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { FormatName } from '../report/index.js';
import { sanitizeTerminal } from '../report/escape.js';
import { formatJsonValue } from '../report/format-json.js';
import { reportJsonSchema, type Report } from '../report/schema.js';
import { formatNothingStale, staleReasonText, touchNames } from '../report/format-stale.js';
import { staleRoutes } from '../report/stale.js';
import { RULE_IDS, RULES, ruleById } from '../rules/index.js';
import { suggest } from '../text/words.js';
import { ruleDocsUrl, schemaId } from '../version.js';
import { SCHEMA_NAMES } from './args.js';
import { MANIFEST_TEMPLATE, POLICY_TEMPLATE } from './templates.js';

// Explanations and listings quote policies and manifests: redacted and escaped like the report.
const json = formatJsonValue;

function onlyTextOrJson(format: FormatName, command: string): 'text' | 'json' {
  if (format === 'text' || format === 'json') return format;
  throw new UsageError(`\`${command}\` prints text or json, not ${format}`);
}

export function listRules(id: string | undefined, format: FormatName): string {
  const kind = onlyTextOrJson(format, 'rules');
  const rules = id === undefined ? RULES : [requireRule(id)];
  const described = rules.map((rule) => ({
    id: rule.meta.id,
    group: rule.meta.group,
    description: rule.meta.description,
    rationale: rule.meta.rationale,
    defaults: rule.meta.defaults,
    options: rule.meta.options.parse({}),
    docs: ruleDocsUrl(rule.meta.id),
  }));
  if (kind === 'json') return json(id === undefined ? described : described[0]);
  if (id === undefined) {
    const width = Math.max(...RULE_IDS.map((ruleId) => ruleId.length));
    const header = `${'rule'.padEnd(width)}  production/internal/demo/exploration\n`;
    return header + described.map((rule) => `${rule.id.padEnd(width)}  ${STAGES.map((stage) => rule.defaults[stage]).join('/')}\n    ${rule.description}\n`).join('');
  }
  const [rule] = described;
  const options = Object.entries(rule!.options);
  return [
    `${rule!.id} (${rule!.group})`,
    '',
    rule!.description,
    '',
    `Why: ${rule!.rationale}`,
    '',
    'Default severity:',
    ...STAGES.map((stage) => `  ${stage.padEnd(12)} ${rule!.defaults[stage]}`),
    '',
    options.length ? 'Options (default):' : 'Options: none',
    ...options.map(([name, value]) => `  ${name}: ${JSON.stringify(value)}`),
    '',
    `Docs: ${rule!.docs}`,
    '',
  ].join('\n');
}

function requireRule(id: string) {
  const rule = ruleById(id);
  if (rule) return rule;
  const guess = suggest(id, RULE_IDS);
  throw new UsageError(`unknown rule \`${id}\`${guess ? `; did you mean \`${guess}\`?` : ''}`);
}

export function explainPolicy(policy: ResolvedPolicy, format: FormatName): string {
  const kind = onlyTextOrJson(format, 'explain');
  const rules = RULES.map((rule) => {
    const setting = policy.rules.get(rule.meta.id)!;
    const origin = policy.origins.get(rule.meta.id)!;
    return {
      id: rule.meta.id,
      severity: setting.severity,
      options: setting.options,
      locked: policy.locked.get(rule.meta.id) ?? null,
      setBy: origin,
    };
  });
  const explained = {
    sources: policy.sources,
    failOn: policy.failOn,
    rules,
    overrides: policy.overrides.map((override) => ({
      routes: override.routes ?? null,
      files: override.files ?? null,
      stages: override.stages ?? null,
      rules: Object.fromEntries(override.rules),
      source: override.source,
    })),
    waivers: policy.waivers,
    scan: policy.scan,
    catalogs: policy.catalogFiles.map(({ file, checked }) => ({ file, checked })),
  };
  // Waiver reasons and owners are user text: keys of formats the policy added are masked too.
  if (kind === 'json') return policy.secrets.redact(json(explained));
  const lines = [
    `Policy: ${policy.sources.join(' → ') || '(built-in defaults)'}`,
    `failOn: ${policy.failOn}`,
    `Scan: ${policy.scan.enabled ? 'on' : 'off'}${policy.scan.include ? `; include ${policy.scan.include.join(', ')}` : ''}${policy.scan.exclude.length ? `; exclude ${policy.scan.exclude.join(', ')} (besides the defaults)` : ''}`,
    `Catalogs: ${explained.catalogs.map(({ file, checked }) => `${file} checked ${checked}`).join(', ')}; ${policy.catalog.entries.length} models, ${policy.providers.entries.length} providers in use`,
    '',
  ];
  for (const rule of rules) {
    lines.push(`${rule.id}${rule.locked ? ` (locked by ${rule.locked})` : ''}`);
    for (const stage of STAGES) lines.push(`  ${stage.padEnd(12)} ${rule.severity[stage].padEnd(8)} from ${rule.setBy.severity[stage]}`);
    for (const [name, value] of Object.entries(rule.options)) lines.push(`  ${name} = ${JSON.stringify(value)}  from ${rule.setBy.options[name]}`);
  }
  if (explained.overrides.length) {
    lines.push('', 'Overrides (later win):');
    for (const override of explained.overrides) {
      lines.push(`  routes=${JSON.stringify(override.routes)} files=${JSON.stringify(override.files)} stages=${JSON.stringify(override.stages)} from ${override.source}`);
      for (const [id, patch] of Object.entries(override.rules)) lines.push(`    ${id}: ${JSON.stringify(patch)}`);
    }
  }
  if (policy.waivers.length) {
    lines.push('', 'Waivers:');
    for (const waiver of policy.waivers) lines.push(`  ${waiver.rule} for ${waiver.route} until ${waiver.expires} (owner ${waiver.owner}): ${waiver.reason}  [${waiver.at.file}:${waiver.at.line}]`);
  }
  return `${policy.secrets.redact(sanitizeTerminal(lines.join('\n')))}\n`;
}

/** A stable `$id`, the address the `init` templates' modelines name (and SchemaStore's entry). */
function withId(schema: unknown, file: string): unknown {
  const { $schema, ...rest } = schema as Record<string, unknown>;
  return { $schema, $id: schemaId(file), ...rest };
}

export function printSchema(name: string | undefined): string {
  switch (name) {
    case 'manifest':
      return json(withId(manifestJsonSchema(), 'image-routes.schema.json'));
    case 'policy':
      return json(withId(policyJsonSchema(), 'image-route-policy.schema.json'));
    case 'report':
      return json(withId(reportJsonSchema(), 'report.schema.json'));
    case 'models':
      return json(withId(modelsJsonSchema(), 'models.schema.json'));
    case 'providers':
      return json(withId(providersJsonSchema(), 'providers.schema.json'));
    default:
      throw new UsageError(`\`schema\` takes one of ${SCHEMA_NAMES.join(', ')}${name ? `, not \`${name}\`` : ''}`);
  }
}


export function staleListing(report: Report, withinDays: number, format: FormatName): string {
  const kind = onlyTextOrJson(format, 'stale');
  const routes = staleRoutes(report, withinDays);
  if (kind === 'json') return json({ today: report.today, withinDays, routes });
  if (routes.length === 0) return formatNothingStale(report.today, withinDays);
  const lines = routes.map(
    (route) =>
      `${route.file}:${route.line}  ${route.id}  owner ${route.keyOwner ?? '(none)'}  checked ${route.checked ?? '(none)'}  stale on ${route.staleOn ?? '(now)'}` +
      `${route.trialEnds ? `  trial ends ${route.trialEnds}` : ''}  [${staleReasonText(route)}]`,
  );
  const touch = `After verifying them again: image-route-policy touch ${touchNames(routes).join(' ')}`;
  return `${sanitizeTerminal(lines.join('\n'))}\n${routes.length} route(s) stale or going stale within ${withinDays} days of ${report.today}.\n${sanitizeTerminal(touch)}\n`;
}

/** Writes the starter files that do not exist yet; never overwrites. Returns what it did, line by line. */
export function initFiles(cwd: string): string[] {
  const done: string[] = [];
  for (const [relative, text] of [
    ['image-routes.yml', MANIFEST_TEMPLATE],
    [DEFAULT_POLICY_PATH, POLICY_TEMPLATE],
  ] as const) {
    const target = path.join(cwd, relative);
    if (fs.existsSync(target)) {
      done.push(`kept ${relative}: it exists already (init never overwrites)`);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text, { flag: 'wx' });
    done.push(`wrote ${relative}`);
  }
  return done;
}
