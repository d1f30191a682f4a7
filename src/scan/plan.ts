// What the scan looks for, compiled once from the provider and model catalogs: the cheap hint
// pattern that decides which files are parsed at all, the SDK packages each language imports with
// their clients and image calls, and the API hosts and image endpoints HTTP calls go to.
import type { ModelCatalog } from '../catalog/models.js';
import { SOURCE_LANGUAGES, type ProviderCatalog, type ProviderEntry, type SourceLanguage } from '../catalog/providers.js';
import { hostOf } from '../engine/route-facts.js';

export type CallSpec = NonNullable<ProviderEntry['sdks']>[number]['calls'][number];

/** One provider's use of an SDK package. */
export interface SdkUse {
  provider: string;
  /** Constructors or factories that make a client. */
  clients: readonly string[];
  /** The host the client is pointed at (`baseURL`), when the provider uses another vendor's SDK. */
  baseHost?: string;
  calls: readonly CallSpec[];
  /** AI SDK provider packages: their calls make a model for `generateImage`, they call nothing. */
  factory: boolean;
  /** The constructor option that selects this provider (`vertexai` for Vertex AI through @google/genai). */
  option?: string;
}

interface Endpoint {
  provider: string;
  method: string;
  api: string;
  /** Matches the URL's path (query left out). Groups named `model` capture a model id. */
  path: RegExp;
  /** Chat or Responses endpoints: an image call only when the request asks for images. */
  needsImageRequest: boolean;
  /** The model is in the path: the call counts only when that is an image model of the catalog. */
  modelInPath: boolean;
}

/** An SDK read as text (Go, Java/Kotlin, C#, Ruby): how a file shows it uses it, and its image calls. */
export interface TextSdk {
  provider: string;
  /** The file imports the SDK (an import path, a package, a namespace, a require). */
  marker: RegExp;
  calls: readonly { spec: CallSpec; pattern: RegExp }[];
}

interface HostRule {
  pattern: RegExp;
  provider: string;
}

export class ScanPlan {
  /** Per language, a file with none of these hints is not parsed. */
  private readonly prefilters = new Map<SourceLanguage, RegExp>();
  private readonly packages = new Map<'javascript' | 'python', Map<string, SdkUse[]>>();
  private readonly hosts: HostRule[] = [];
  private readonly endpoints = new Map<string, Endpoint[]>();
  private readonly textSdks = new Map<string, TextSdk[]>();

  constructor(
    readonly providers: ProviderCatalog,
    readonly catalog: ModelCatalog,
  ) {
    const hints = new Set<string>();
    const jsModules = new Set<string>();
    const pyModules = new Set<string>();
    for (const provider of providers.entries) {
      for (const sdk of provider.sdks ?? []) {
        const marker = textMarker(sdk.language, sdk.package);
        if (marker) {
          const languages = sdk.language === 'java' ? ['java', 'kotlin'] : [sdk.language];
          for (const language of languages) {
            const list = this.textSdks.get(language) ?? [];
            // The same package for a second provider (Gemini API and Vertex AI share google.golang.org/genai): the first, the vendor's own, is read.
            if (!list.some((known) => known.marker.source === marker.source)) list.push({ provider: provider.id, marker, calls: sdk.calls.map((spec) => ({ spec, pattern: callPattern(spec.call) })) });
            this.textSdks.set(language, list);
          }
        }
        const language = sdk.language === 'typescript' ? 'javascript' : sdk.language;
        if (language !== 'javascript' && language !== 'python') continue;
        const module = sdk.module ?? (language === 'python' ? sdk.package.replace(/-/g, '_') : sdk.package);
        let byModule = this.packages.get(language);
        if (!byModule) this.packages.set(language, (byModule = new Map()));
        const uses = byModule.get(module) ?? [];
        uses.push({
          provider: provider.id,
          clients: sdk.clients ?? [],
          baseHost: sdk.baseUrl ? hostOf(sdk.baseUrl) : undefined,
          calls: sdk.calls,
          factory: language === 'javascript' && sdk.package.startsWith('@ai-sdk/') && sdk.package !== '@ai-sdk/gateway',
          option: sdk.option,
        });
        byModule.set(module, uses);
        (language === 'javascript' ? jsModules : pyModules).add(language === 'javascript' ? module : module.split('.')[0]!);
      }
      for (const host of provider.api?.hosts ?? []) {
        this.hosts.push({ pattern: new RegExp(`^${host.split('*').map(escape).join('[^.]+')}$`), provider: provider.id });
        // The longest literal run of a host is its hint (`.openai.azure.com` for `*.openai.azure.com`).
        const literal = host.split('*').sort((a, b) => b.length - a.length)[0]!;
        if (literal.replace(/^[.-]+|[.-]+$/g, '').includes('.')) hints.add(escape(literal));
      }
      const endpoints = (provider.api?.endpoints ?? []).map((endpoint) => compileEndpoint(provider.id, endpoint));
      if (endpoints.length) this.endpoints.set(provider.id, endpoints);
    }
    const js = [...jsModules].sort((a, b) => b.length - a.length).map(escape);
    const py = [...pyModules].sort((a, b) => b.length - a.length).map(escape);
    const hostHints = [...hints].sort((a, b) => b.length - a.length);
    const jsHint = `['"](?:${js.join('|')})['"/]`;
    // `import os, sys, openai` names the module after others.
    const pyHint = `\\b(?:import|from)\\s+(?:[\\w.]+\\s*,\\s*)*(?:${py.join('|')})\\b`;
    const markersOf = (language: string) => [...new Set((this.textSdks.get(language) ?? []).map((sdk) => sdk.marker.source))];
    // Each language tests only its own hints and the hosts: one short pattern per file, not every language's.
    const compile = (parts: string[]) => new RegExp(parts.join('|'));
    for (const language of SOURCE_LANGUAGES) {
      const own = language === 'javascript' || language === 'typescript' ? [jsHint] : language === 'python' ? [pyHint] : markersOf(language);
      this.prefilters.set(language, compile([...own, ...hostHints]));
    }
  }

  /** The hint pattern for files of one language. */
  prefilterFor(language: SourceLanguage): RegExp {
    return this.prefilters.get(language)!;
  }

  /** The providers' uses of a module a file imports (`openai`, `@fal-ai/client`, `google.genai`). */
  sdkUses(language: 'javascript' | 'python', module: string): readonly SdkUse[] | undefined {
    const byModule = this.packages.get(language);
    if (!byModule) return undefined;
    const exact = byModule.get(module);
    if (exact) return exact;
    // `@fal-ai/client/sub` is still @fal-ai/client.
    const slash = module.indexOf('/', module.startsWith('@') ? module.indexOf('/') + 1 : 0);
    return slash > 0 ? byModule.get(module.slice(0, slash)) : undefined;
  }

  /** The SDKs a text-read language may use, with their image calls. */
  sdksOfText(language: string): readonly TextSdk[] {
    return this.textSdks.get(language) ?? [];
  }

  /** The provider whose API host this is. */
  providerOfHost(host: string): string | undefined {
    return this.hosts.find((rule) => rule.pattern.test(host))?.provider;
  }

  /** The provider's default host, for SDK calls that do not name one. */
  defaultHost(provider: string): string | undefined {
    return this.providers.get(provider)?.api?.hosts.find((host) => !host.includes('*'));
  }

  /** The variable the provider's SDK reads its key from by default. */
  defaultKeyEnv(provider: string): string | undefined {
    return this.providers.get(provider)?.api?.keyEnv?.[0];
  }

  isImageModel(name: string, provider?: string): boolean {
    return this.catalog.lookup(name, provider) !== undefined;
  }

  /**
   * The image endpoint a URL names, if any: its provider, method, api and the model the path names.
   * `requestAsksForImages` answers for Chat and Responses endpoints, which serve text too.
   */
  endpointOf(url: string, requestAsksForImages: () => boolean): { provider: string; api: string; model: string | null; endpoint: string } | undefined {
    const parsed = /^https?:\/\/([^/?#:@\s]+)(?::\d+)?(\/[^?#\s]*)?/i.exec(url);
    if (!parsed) return undefined;
    const host = parsed[1]!.toLowerCase();
    const provider = this.providerOfHost(host);
    if (!provider) return undefined;
    const pathname = parsed[2] ?? '/';
    for (const endpoint of this.endpoints.get(provider) ?? []) {
      const match = endpoint.path.exec(pathname);
      if (!match) continue;
      let model: string | null = null;
      if (endpoint.modelInPath) {
        model = this.modelInPath(match.groups?.model ?? pathname.slice(1), provider);
        if (model === null) continue;
      }
      if (endpoint.needsImageRequest && !requestAsksForImages()) continue;
      return { provider, api: `http ${endpoint.method} ${endpoint.api}`, model, endpoint: `https://${host}${pathname}` };
    }
    return undefined;
  }

  /** The longest leading part of a path that names an image model of the catalog (`fal-ai/flux/dev/…`). */
  private modelInPath(path: string, provider: string): string | null {
    const parts = decodeURIComponent(path).split('/');
    for (let length = parts.length; length > 0; length--) {
      const name = parts.slice(0, length).join('/');
      if (this.isImageModel(name, provider)) return name;
    }
    return null;
  }
}

/** How a file of a text-read language shows it uses a package: its import, namespace or require. */
function textMarker(language: string, pkg: string): RegExp | undefined {
  switch (language) {
    case 'go':
      return new RegExp(`"${escape(pkg.replace(/\/v\d+$/, ''))}(?:/v\\d+)?"`);
    case 'java': {
      // Maven `group:artifact`: the Java packages live under the group (AWS under group.services.artifact).
      const [group, artifact] = pkg.split(':');
      const base = group === 'software.amazon.awssdk' && artifact ? `${group}.services.${artifact}` : group!;
      return new RegExp(`\\bimport\\s+(?:static\\s+)?${escape(base)}\\.`);
    }
    case 'csharp': {
      const namespace = pkg.startsWith('AWSSDK.') ? `Amazon.${pkg.slice('AWSSDK.'.length)}` : pkg;
      return new RegExp(`\\busing\\s+${escape(namespace)}\\b`);
    }
    case 'ruby':
      return new RegExp(`\\brequire\\s*\\(?\\s*["']${escape(pkg)}["']`);
    default:
      return undefined;
  }
}

/** `.images.generate(` as a member call, Java's `.images().generate(` and C#'s `…Async(` included. */
function callPattern(call: string): RegExp {
  const segments = call.split('.').map(escape);
  return new RegExp(`\\.\\s*${segments.join('\\s*(?:\\(\\s*\\))?\\s*\\.\\s*')}(?:Async)?\\s*\\(`, 'g');
}

function compileEndpoint(provider: string, endpoint: { method: string; path: string; api: string }): Endpoint {
  const template = endpoint.path.split('?')[0]!;
  const segments = template.split('/').filter(Boolean);
  const literal = segments.filter((segment) => !/[{[]/.test(segment));
  // A template made only of variables (`/{owner}/{app}[/{path}]`) names the model in its path.
  const onlyVariables = literal.length === 0;
  let source = '';
  for (const segment of template.split(/(\[\/\{[^}]+\}\])/)) {
    if (/^\[\/\{[^}]+\}\]$/.test(segment)) {
      source += '(?:/.*)?';
      continue;
    }
    source += segment.replace(/\{([^}]+)\}|([^{]+)/g, (_, variable: string | undefined, text: string | undefined) =>
      variable !== undefined ? (/^model/i.test(variable) ? '(?<model>[^?#]+?)' : '[^/?#]+') : escape(text!),
    );
  }
  const modelInPath = onlyVariables || /\{model/i.test(template);
  return {
    provider,
    method: endpoint.method,
    api: endpoint.path.split('?')[0]!,
    path: new RegExp(`^${onlyVariables ? '/.+' : source}/?$`),
    needsImageRequest: !modelInPath && /chat|responses/i.test(endpoint.api + endpoint.path),
    modelInPath,
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

