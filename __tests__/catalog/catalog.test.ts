// The bundled catalogs against their own promises: every fact sourced and dated, every name and
// alias resolving to one thing, and every model of every provider usable on its official API and
// through each aggregator id the catalog lists.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { aliasId, lifecycleOn, ModelCatalog, replacementsOf } from '../../src/catalog/models.js';
import { normalizeProviderName, ProviderCatalog } from '../../src/catalog/providers.js';
import { readBuiltin } from '../../src/policy/builtin.js';
import { parseStrictYaml } from '../../src/yaml/strict-yaml.js';
import { findingsOf, runManifest } from '../helpers/rule-tester.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

const catalogs = loadBuiltinCatalogs();
const providers = new ProviderCatalog(catalogs.providers, catalogs.otherKeyFormats);
const models = new ModelCatalog(catalogs.models, providers);
const TODAY = '2026-11-30';
const URL = /^https?:\/\/[^\s/]+/;

describe('the data files', () => {
  it.each(['models', 'providers'] as const)('policies/%s.yml validates against its published JSON Schema', (name) => {
    const schema = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    const data = parseStrictYaml(readBuiltin(name).text).value;
    if (!validate(data)) expect(validate.errors).toEqual([]);
  });

  it('each file carries a top-level checked date, and no fact is checked after it', () => {
    for (const file of catalogs.files) expect(file.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [modelsFile, providersFile] = catalogs.files;
    for (const entry of catalogs.models) expect(entry.checked! <= modelsFile!.checked).toBe(true);
    const dates = JSON.stringify(catalogs.providers).match(/"checked":"[^"]+"/g) ?? [];
    for (const date of dates) expect(date.slice(11, -1) <= providersFile!.checked).toBe(true);
  });

  it('every model entry has a source URL and a checked date; unconfirmed ones say why', () => {
    for (const entry of catalogs.models) {
      expect(entry.source).toMatch(URL);
      expect(entry.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (entry.confirmed === false) expect((entry.note ?? '').length).toBeGreaterThan(20);
    }
  });

  it('every provider fact (API, SDK, key format, free tier, naming pattern) has a source URL and a checked date', () => {
    for (const provider of catalogs.providers) {
      const facts = [provider.api, ...(provider.sdks ?? []), ...(provider.keyFormats ?? []), provider.freeTier, ...(provider.modelPrefixes ?? [])].filter((fact) => fact !== undefined);
      for (const fact of facts) {
        expect({ provider: provider.id, source: fact.source }).toEqual({ provider: provider.id, source: expect.stringMatching(URL) });
        expect(fact.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('covers the providers policy.md names, and at least 70 models', () => {
    const ids = catalogs.providers.map((provider) => provider.id);
    for (const id of ['openai', 'azure-openai', 'google', 'google-vertex', 'bfl', 'stability', 'xai', 'amazon-bedrock', 'ideogram', 'recraft', 'adobe-firefly', 'fal', 'replicate', 'openrouter', 'vercel-ai-gateway', 'together', 'litellm']) {
      expect(ids).toContain(id);
    }
    expect(catalogs.models.length).toBeGreaterThanOrEqual(70);
  });
});

describe('providers', () => {
  it.each(catalogs.providers.map((provider) => [provider.id, provider] as const))('%s resolves by its id, its name and each of its names, however written', (id, provider) => {
    for (const name of [provider.id, provider.name, ...provider.names]) {
      expect(providers.resolve(name)?.id).toBe(id);
      expect(providers.resolve(name.toUpperCase())?.id).toBe(id);
      expect(providers.resolve(` ${name.replace(/ /g, '-')} `.trim())?.id).toBe(id);
    }
  });

  it('no name is claimed by two providers', () => {
    const owner = new Map<string, string>();
    for (const provider of catalogs.providers) {
      for (const name of new Set([provider.id, provider.name, ...provider.names].map(normalizeProviderName))) {
        expect({ name, owner: owner.get(name) ?? provider.id }).toEqual({ name, owner: provider.id });
        owner.set(name, provider.id);
      }
    }
  });

  it('every provider a model, a naming pattern or modelsOf names is in the catalog', () => {
    for (const entry of catalogs.models) expect(providers.get(entry.provider)?.id).toBe(entry.provider);
    for (const provider of catalogs.providers) {
      for (const id of provider.modelsOf ?? []) expect(providers.get(id)).toBeDefined();
      for (const pattern of provider.modelPrefixes ?? []) expect(providers.get(pattern.provider)).toBeDefined();
    }
  });

  it('an unknown name resolves to nothing', () => {
    expect(providers.resolve('acme')).toBeUndefined();
    expect(providers.resolve('')).toBeUndefined();
  });
});

describe('models', () => {
  const aliases = catalogs.models.flatMap((entry) => (entry.aliases ?? []).map((alias) => ({ alias: aliasId(alias), entry })));

  it('every alias resolves to its model', () => {
    expect(aliases.length).toBeGreaterThan(60);
    for (const { alias, entry } of aliases) {
      const match = models.lookup(alias);
      expect({ alias, id: match?.entry.id, via: match?.via }).toEqual({ alias, id: entry.id, via: 'alias' });
    }
  });

  it('no alias is claimed by two models, nor is the id or snapshot of another', () => {
    const owner = new Map<string, string>();
    for (const { alias, entry } of aliases) {
      const key = `${entry.provider}/${entry.id}`;
      expect({ alias, owner: owner.get(alias) ?? key }).toEqual({ alias, owner: key });
      owner.set(alias, key);
    }
    const canonical = new Set(catalogs.models.flatMap((entry) => [entry.id, ...(entry.snapshots ?? [])]));
    for (const { alias } of aliases) expect({ alias, canonical: canonical.has(alias) }).toEqual({ alias, canonical: false });
  });

  it('every replacement names a model of the catalog, on the same provider', () => {
    for (const entry of catalogs.models) {
      for (const replacement of replacementsOf(entry)) {
        expect({ entry: entry.id, replacement, found: models.lookup(replacement, entry.provider)?.ownId }).toEqual({ entry: entry.id, replacement, found: true });
      }
    }
  });

  it('a shut-down entry has a day or says in its note why not; a deprecated entry is not past its day unnoticed', () => {
    for (const entry of catalogs.models) {
      if (entry.status === 'shutdown' && !entry.shutdown) expect(entry.note).toMatch(/shut|retir|remov/i);
      if (entry.status !== 'shutdown' && entry.shutdown) expect(lifecycleOn(entry, entry.shutdown)).toBe('shutdown');
    }
  });

  it('OpenAI, Azure and Vertex ids resolve by provider: each provider its own lifecycle', () => {
    expect(models.lookup('gpt-image-1.5', 'openai')?.entry.shutdown).toBe('2026-12-01');
    expect(models.lookup('gpt-image-1.5', 'azure-openai')?.entry.provider).toBe('azure-openai');
    expect(models.lookup('gemini-3-pro-image', 'google-vertex')).toMatchObject({ ownId: true, via: 'id' });
    expect(models.lookup('gpt-image-2', 'google')).toMatchObject({ ownId: false, via: 'id' });
    expect(models.lookup('bedrock/amazon.nova-canvas-v1:0')?.entry.id).toBe('amazon.nova-canvas-v1:0');
    expect(models.lookup('fal_ai/fal-ai/flux-pro/v1.1-ultra')?.entry.id).toBe('flux-pro-1.1-ultra');
    expect(models.lookup('no-such-model')).toBeUndefined();
  });
});

/** The written name people use for a provider id (its display name), as a manifest would carry it. */
function written(providerId: string): string {
  return providers.get(providerId)?.name ?? providerId;
}

function manifest(kind: string, provider: string, model: string): string {
  return ['version: 1', 'routes:', '  - id: r', `    kind: ${kind}`, '    stage: production', `    provider: "${provider}"`, `    model: "${model}"`, ''].join('\n');
}

describe('every current model passes model-alias-unmapped', () => {
  const current = catalogs.models.filter((entry) => lifecycleOn(entry, TODAY) !== 'shutdown');

  it.each(current.map((entry) => [`${entry.provider}/${entry.id}`, entry] as const))('%s: on its official API, and through each aggregator id', (_, entry) => {
    const official = runManifest(manifest('official-api', written(entry.provider), entry.id), 'model-alias-unmapped', {}, TODAY);
    expect(findingsOf(official, 'model-alias-unmapped')).toEqual([]);
    for (const alias of entry.aliases ?? []) {
      const via = typeof alias === 'string' ? undefined : alias.via?.find((id) => providers.get(id));
      const report = runManifest(manifest('provider-paid', via ? written(via) : 'an aggregator', aliasId(alias)), 'model-alias-unmapped', {}, TODAY);
      expect(findingsOf(report, 'model-alias-unmapped').map((finding) => finding.message)).toEqual([]);
    }
  });
});

describe('every retired model is an error naming the vendor\'s advice', () => {
  const retired = catalogs.models.filter((entry) => lifecycleOn(entry, TODAY) === 'shutdown');

  it.each(retired.map((entry) => [`${entry.provider}/${entry.id}`, entry] as const))('%s', (_, entry) => {
    const report = runManifest(manifest('official-api', written(entry.provider), entry.id), 'model-retired', {}, TODAY);
    const [finding] = findingsOf(report, 'model-retired');
    expect(finding?.severity).toBe('error');
    const advice = replacementsOf(entry);
    if (advice.length > 0) for (const id of advice) expect(finding?.message).toContain(`\`${id}\``);
    else expect(finding?.message).toContain('names no replacement');
    expect(finding?.message).toContain(written(entry.provider));
  });
});

describe('lookups stay bounded and provider-true', () => {
  it('a prefix names a model of its own provider only, and is never stripped twice', () => {
    expect(models.lookup('bedrock/amazon.nova-canvas-v1:0')?.entry.provider).toBe('amazon-bedrock');
    expect(models.lookup('bedrock/gpt-image-1.5')).toBeUndefined();
    expect(models.lookup('azure/imagen-3.0-generate-002')).toBeUndefined();
    expect(models.lookup('gemini/gemini/azure/gpt-image-2')).toBeUndefined();
    const deep = `${'azure/'.repeat(20_000)}x`;
    expect(models.lookup(deep)).toBeUndefined();
  });

  it('no alias is listed twice on one entry', () => {
    for (const entry of catalogs.models) {
      const ids = (entry.aliases ?? []).map(aliasId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('a shut-down model judged as of a day before its shutdown was still answering', () => {
    const entry = catalogs.models.find((model) => model.id === 'gpt-image-1' && model.provider === 'openai')!;
    expect(lifecycleOn(entry, '2026-06-01')).toBe('deprecated');
    expect(lifecycleOn(entry, '2026-10-23')).toBe('shutdown');
  });

  it('names of any script resolve, and a later entry takes a name over', () => {
    const extended = new ProviderCatalog([...catalogs.providers, { id: 'tongyi', name: 'Tongyi', kind: 'vendor', names: ['通义万相'] }, { id: 'acme-gateway', name: 'Acme', kind: 'aggregator', names: ['gateway'] }]);
    expect(extended.resolve('通义万相')?.id).toBe('tongyi');
    expect(extended.resolve('gateway')?.id).toBe('acme-gateway');
    expect(extended.idOf('Some Vendor')).toBe(extended.idOf('some-vendor'));
    expect(extended.idOf('Some Vendor')).not.toBe('somevendor');
  });

  it('replacing a provider keeps its key formats (a locked rule relies on them)', () => {
    const openai = catalogs.providers.find((provider) => provider.id === 'openai')!;
    const replaced = new ProviderCatalog([...catalogs.providers, { id: 'openai', name: 'OpenAI', kind: 'vendor', names: ['OpenAI', 'Open A.I.'] }]);
    expect(replaced.keyFormats).toEqual(expect.arrayContaining(openai.keyFormats!));
  });
});
