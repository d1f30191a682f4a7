// Ties each call site to a declared route, in code.md's order: a comment, the routes' `code` globs,
// the model, then the provider. The first step that gives exactly one route wins. Pure.
import { Minimatch } from 'minimatch';
import type { ModelCatalog } from '../catalog/models.js';
import type { ProviderCatalog } from '../catalog/providers.js';
import type { Route } from '../manifest/schema.js';
import type { CallSite, TiedCallSite } from '../scan/types.js';
import { hostOf } from './route-facts.js';

interface Candidate {
  route: Route;
  provider: string | undefined;
  /** Catalog ids the route's `model` and `aliasOf` stand for (the names themselves when unknown), and an Azure deployment its endpoint names. */
  models: ReadonlySet<string>;
  host: string | undefined;
  code: readonly Minimatch[];
}

/** The catalog id a model name stands for (or the name itself). */
export function modelKey(catalog: ModelCatalog, name: string, provider: string | undefined): string {
  return catalog.lookup(name, provider)?.entry.id ?? name;
}

export class RouteTier {
  private readonly candidates: readonly Candidate[];

  constructor(
    routes: ReadonlyMap<string, Route>,
    private readonly catalog: ModelCatalog,
    private readonly providers: ProviderCatalog,
  ) {
    this.candidates = [...routes.values()].map((route) => {
      const provider = route.provider ? providers.resolve(route.provider.trim())?.id : undefined;
      const models = new Set<string>();
      for (const name of [route.model, route.aliasOf]) if (name && name.trim()) models.add(modelKey(catalog, name.trim(), provider));
      // `…/openai/deployments/<name>/…`: Azure calls name the deployment as their model.
      const deployment = route.endpoint ? /\/deployments\/([^/?#]+)/.exec(route.endpoint)?.[1] : undefined;
      if (deployment) models.add(deployment);
      return { route, provider, models, host: route.endpoint ? hostOf(route.endpoint) : undefined, code: (route.code ?? []).map((glob) => new Minimatch(glob, { dot: true })) };
    });
  }

  private ownHost(provider: string, host: string): boolean {
    return this.providers.providerHostMatches(provider, host);
  }

  /** The routes whose `code` globs match `file`. */
  routesOfFile(file: string): Route[] {
    return this.candidates.filter((candidate) => candidate.code.some((glob) => glob.match(file))).map((candidate) => candidate.route);
  }

  tie(site: CallSite, declared: ReadonlyMap<string, Route>): TiedCallSite {
    if (site.routeComment !== null) {
      return { ...site, route: declared.has(site.routeComment) ? site.routeComment : null, tiedBy: declared.has(site.routeComment) ? 'comment' : null };
    }
    const model = site.model === null ? undefined : modelKey(this.catalog, site.model, site.provider);
    const host = site.endpoint ? hostOf(site.endpoint) : undefined;
    const byCode = this.candidates.filter((candidate) => candidate.code.some((glob) => glob.match(site.file)));
    const single = (list: readonly Candidate[]) => (list.length === 1 ? list[0]! : undefined);
    const codeMatch = single(byCode) ?? single(byCode.filter((candidate) => candidate.provider === site.provider && (model === undefined || candidate.models.has(model))));
    if (codeMatch) return { ...site, route: codeMatch.route.id, tiedBy: 'code' };

    // A call to a host no catalog provider owns (a gateway or proxy) belongs to the route declaring that host.
    if (host && !this.ownHost(site.provider, host)) {
      const byHost = single(this.candidates.filter((candidate) => candidate.host === host));
      if (byHost) return { ...site, route: byHost.route.id, tiedBy: model !== undefined && byHost.models.has(model) ? 'model' : 'provider' };
    }
    const sameProvider = this.candidates.filter((candidate) => candidate.provider === site.provider);
    if (model !== undefined) {
      const byModel = sameProvider.filter((candidate) => candidate.models.has(model));
      const modelMatch = single(byModel) ?? (host ? single(byModel.filter((candidate) => candidate.host === host)) : undefined);
      if (modelMatch) return { ...site, route: modelMatch.route.id, tiedBy: 'model' };
      // A model the catalog does not know (a deployment name, a private id) says nothing: the provider decides.
      if (this.catalog.lookup(site.model!, site.provider) !== undefined) return { ...site, route: null, tiedBy: null };
    }
    const providerMatch = (host ? single(sameProvider.filter((candidate) => candidate.host === host)) : undefined) ?? single(sameProvider);
    if (providerMatch) return { ...site, route: providerMatch.route.id, tiedBy: 'provider' };
    return { ...site, route: null, tiedBy: null };
  }
}

