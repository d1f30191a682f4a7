// Run by scripts/build.mjs: reads and validates the catalogs once, for the bundles to embed already
// validated (no YAML parse or schema check when the CLI starts), and renders the tables of
// docs/catalog.md from them (CI fails when the committed page differs from a fresh build).
import { loadBuiltinCatalogs, readCatalogFile } from '../src/catalog/load.js';

/** The validated catalog files, as the bundles embed them. */
export function compiledCatalogs(): Record<'models' | 'providers', unknown> {
  return { models: readCatalogFile('models'), providers: readCatalogFile('providers') };
}
import { aliasId, lifecycleOn, replacementsOf } from '../src/catalog/models.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => `\`${text}\``;

export function catalogTables(): string {
  const { models, providers, files } = loadBuiltinCatalogs();
  const modelsChecked = files[0]!.checked;
  const lines: string[] = [];
  lines.push(`### Providers (${providers.length}, policies/providers.yml checked ${files[1]!.checked})`, '');
  lines.push('| id | name | kind | API hosts | key formats | free tier for images |', '| --- | --- | --- | --- | --- | --- |');
  for (const provider of providers) {
    const hosts = (provider.api?.hosts ?? []).map(code).join(', ') || '(the user\'s own)';
    const keys = (provider.keyFormats ?? []).map((format) => `${format.name} (${code(format.prefix + '…')})`).join(', ') || '–';
    const free = provider.freeTier ? `${provider.freeTier.images}${provider.freeTier.confirmed === false ? ' (unconfirmed)' : ''}` : 'not checked';
    lines.push(`| ${code(provider.id)} | ${cell(provider.name)} | ${provider.kind} | ${cell(hosts)} | ${cell(keys)} | ${free} |`);
  }
  lines.push('');
  lines.push(`### Models (${models.length}, status as of ${modelsChecked})`, '');
  for (const provider of providers) {
    const own = models.filter((entry) => entry.provider === provider.id);
    if (own.length === 0) continue;
    const unconfirmed = own.filter((entry) => entry.confirmed === false).length;
    lines.push(`#### ${cell(provider.name)} (${code(provider.id)}): ${own.length} models, ${own.length - unconfirmed} confirmed, ${unconfirmed} unconfirmed`, '');
    lines.push('| id | status | shutdown | replacement | snapshots | aliases | source |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const entry of own) {
      const status = `${lifecycleOn(entry, modelsChecked)}${entry.confirmed === false ? ' (unconfirmed)' : ''}`;
      const aliases = (entry.aliases ?? []).map((alias) => (typeof alias === 'string' ? code(alias) : `${code(aliasId(alias))}${alias.via?.length ? ` (${alias.via.join(', ')})` : ''}`)).join(', ');
      const source = entry.source ? `[${new URL(entry.source).host}](${entry.source})` : '–';
      lines.push(
        `| ${code(entry.id)} | ${status} | ${entry.shutdown ?? '–'} | ${replacementsOf(entry).map(code).join(' or ') || '–'} | ${(entry.snapshots ?? []).map(code).join(', ') || '–'} | ${cell(aliases) || '–'} | ${cell(source)} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}
