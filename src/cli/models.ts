// `image-route-policy models [ID|PROVIDER] [--retiring-within DAYS]`: the model catalog as of a day,
// with the policy's corrections applied. Answers "what retires in the next 30 days?" in one line.
import { lifecycleOn, replacementsOf, retiresWithin, type ModelEntry } from '../catalog/models.js';
import { UsageError } from '../manifest/discover.js';
import type { ResolvedPolicy } from '../policy/types.js';
import type { FormatName } from '../report/index.js';
import { sanitizeTerminal } from '../report/escape.js';
import { formatJsonValue } from '../report/format-json.js';
import { suggest } from '../text/words.js';

export interface ModelsQuery {
  /** A model id, snapshot or alias, or a provider name. */
  subject?: string;
  retiringWithin?: number;
  today: string;
}

function select(policy: ResolvedPolicy, query: ModelsQuery): { entries: readonly ModelEntry[]; heading: string } {
  const { catalog, providers } = policy;
  const { subject } = query;
  if (subject === undefined) return { entries: catalog.entries, heading: 'every model' };
  const provider = providers.resolve(subject);
  if (provider) return { entries: catalog.ofProvider(provider.id), heading: `the models of ${provider.name}` };
  const filed = catalog.ofProvider(subject);
  if (filed.length > 0) return { entries: filed, heading: `the models of \`${subject}\` (a provider the policy's \`models:\` names)` };
  const match = catalog.lookup(subject);
  if (match) {
    // The same id on several providers (OpenAI's and Azure's) is listed once per provider.
    const same = catalog.entries.filter((entry) => entry.id === match.entry.id);
    return { entries: same, heading: match.via === 'id' ? `\`${subject}\`` : `\`${subject}\` (${match.via} of \`${match.entry.id}\`)` };
  }
  const guess = suggest(subject, [...providers.entries.map((entry) => entry.id), ...catalog.entries.map((entry) => entry.id)]);
  throw new UsageError(`\`${subject}\` is neither a model id, snapshot or alias nor a provider of the catalog${guess ? `; did you mean \`${guess}\`?` : ''}`);
}

export function listModels(policy: ResolvedPolicy, query: ModelsQuery, format: FormatName): string {
  if (format !== 'text' && format !== 'json') throw new UsageError(`\`models\` prints text or json, not ${format}`);
  const { entries, heading } = select(policy, query);
  const { today, retiringWithin } = query;
  const shown = retiringWithin === undefined ? entries : entries.filter((entry) => retiresWithin(entry, today, retiringWithin));
  const rows = shown.map((entry) => ({
    provider: entry.provider,
    id: entry.id,
    name: entry.name ?? null,
    status: lifecycleOn(entry, today),
    shutdown: entry.shutdown ?? null,
    replacement: replacementsOf(entry),
    snapshots: entry.snapshots ?? [],
    aliases: (entry.aliases ?? []).map((alias) => (typeof alias === 'string' ? alias : alias.id)),
    confirmed: entry.confirmed !== false,
    source: entry.source ?? null,
    checked: entry.checked ?? null,
  }));
  const catalogs = policy.catalogFiles.map(({ file, checked }) => ({ file, checked }));
  if (format === 'json') return formatJsonValue({ today, retiringWithin: retiringWithin ?? null, catalogs, models: rows });

  const scope = retiringWithin === undefined ? heading : `${heading} with a shutdown day from ${today} to ${retiringWithin} days later`;
  const lines = [`${scope}, as of ${today} (${catalogs.map(({ file, checked }) => `${file} checked ${checked}`).join(', ')}):`];
  if (rows.length === 0) lines.push('  none');
  const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(0, ...rows.map((row) => pick(row).length));
  const providerWidth = width((row) => row.provider);
  const idWidth = width((row) => row.id);
  for (const row of rows) {
    const when = row.shutdown ? (row.status === 'shutdown' ? `shut down ${row.shutdown}` : `shuts down ${row.shutdown}`) : '';
    const advice = row.replacement.length ? `-> ${row.replacement.join(' or ')}` : '';
    const columns = [row.provider.padEnd(providerWidth), row.id.padEnd(idWidth), row.status.padEnd(10), when.padEnd(21), advice, row.confirmed ? '' : '(unconfirmed)', row.source ?? ''];
    lines.push(`  ${columns.filter((column, index) => index < 4 || column !== '').join('  ')}`.trimEnd());
  }
  lines.push(`${rows.length} model(s).`);
  return `${sanitizeTerminal(lines.join('\n'))}\n`;
}
