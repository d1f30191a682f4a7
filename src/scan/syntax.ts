// Syntax-aware detection for JavaScript/TypeScript and Python, over Lezer's concrete syntax trees.
// It follows what one file shows: imports of the catalog's SDK packages, the client objects made
// from them (and where they point: `new OpenAI({ baseURL: "https://api.x.ai/v1" })` is xAI), string
// constants, and the calls the provider catalog lists; and HTTP calls whose URL is an image
// endpoint. Comments, strings that no call uses and look-alike methods of other objects are never
// call sites, because only resolved calls are.
import type { SyntaxNode, Tree } from '@lezer/common';
import type { SourceLanguage } from '../catalog/providers.js';
import type { CallSite } from './types.js';
import type { CallSpec, ScanPlan, SdkUse } from './plan.js';

/** What the detector needs to know of a language's tree. */
interface Dialect {
  language: 'javascript' | 'python';
  /** Local names an import statement binds: `{ local, module, imported }` (`imported` undefined for the module itself). */
  imports(node: SyntaxNode, text: (node: SyntaxNode) => string): { local: string; module: string; imported?: string }[];
  /** `name = value` forms: the bound name (or `this.x` / `self.x`) and the value node. */
  assignment(node: SyntaxNode, text: (node: SyntaxNode) => string): { name: string; value: SyntaxNode } | undefined;
  /** The value of a keyword or property argument named `name` in a call's argument list. */
  namedArgument(args: SyntaxNode, name: string, text: (node: SyntaxNode) => string): SyntaxNode | undefined;
  /** The environment variable an expression reads, if it is such a read. */
  envRead(node: SyntaxNode, text: (node: SyntaxNode) => string): string | undefined;
  /** Client construction: `new X(...)` in JavaScript, a call in Python. */
  isConstruction(node: SyntaxNode): boolean;
}

interface Client {
  uses: readonly SdkUse[];
  /** The use this client stands for (picked by constructor and base URL). */
  use: SdkUse;
  host: string | null;
  keyEnv: string | null;
  /** A model factory's result (AI SDK `openai.image('gpt-image-1')`): the model it names. */
  model?: string | null;
}

const DIRECT_ARGUMENT = /^#(\d)$/;
const ROUTE_COMMENT = /image-route:\s*([a-z0-9][a-z0-9-]{0,63})/;

export function detectInTree(tree: Tree, source: string, file: string, language: SourceLanguage, plan: ScanPlan, dialect: Dialect): CallSite[] {
  const text = (node: SyntaxNode): string => source.slice(node.from, node.to);
  const position = positions(source);
  const imports = new Map<string, { uses: readonly SdkUse[]; imported?: string }>();
  /** Every assignment of each name, in document order: a use reads the last one before it (functions reuse names). */
  const assignments = new Map<string, SyntaxNode[]>();
  const valueAt = (name: string, position: number): SyntaxNode | undefined => {
    const list = assignments.get(name);
    if (!list) return undefined;
    let found: SyntaxNode | undefined;
    for (const value of list) {
      if (value.from >= position) break;
      found = value;
    }
    // Used before any assignment above it (a module constant defined further down): the first one.
    return found ?? list[0];
  };
  /** The constant a literal is assigned to, by the literal's position. */
  const assignedLiteral = new Map<number, string>();
  const calls: SyntaxNode[] = [];
  const strings: SyntaxNode[] = [];
  /** `image-route: <id>` by the line its comment ends on. */
  const routeComments = new Map<number, string>();

  // One pass collects imports, assignments, calls and string literals.
  tree.iterate({
    enter(ref) {
      const node = ref.node;
      switch (node.name) {
        case 'ImportDeclaration':
        case 'ImportStatement':
          for (const binding of dialect.imports(node, text)) {
            const uses = plan.sdkUses(dialect.language, binding.module);
            if (uses) imports.set(binding.local, { uses, imported: binding.imported });
          }
          return false;
        case 'VariableDeclaration':
        case 'AssignStatement':
        case 'AssignmentExpression': {
          const assigned = dialect.assignment(node, text);
          if (assigned) {
            const list = assignments.get(assigned.name) ?? [];
            list.push(assigned.value);
            assignments.set(assigned.name, list);
            assignedLiteral.set(assigned.value.from, assigned.name);
            // `const { GoogleGenAI } = require('@google/genai')`, `const OpenAI = require('openai')`.
            const required = requireOf(assigned.value, text);
            if (required) {
              const uses = plan.sdkUses(dialect.language, required);
              const bound = destructured(node, text) ?? [{ name: assigned.name, imported: undefined }];
              if (uses) for (const local of bound) imports.set(local.name, { uses, imported: local.imported });
            }
          }
          return undefined;
        }
        case 'WithStatement': {
          // `with OpenAI() as client:` binds the client like an assignment.
          const as = node.getChild('as');
          const bound = as?.nextSibling;
          const value = as?.prevSibling;
          if (bound?.name === 'VariableName' && value) {
            const list = assignments.get(text(bound)) ?? [];
            list.push(value);
            assignments.set(text(bound), list);
          }
          return undefined;
        }
        case 'CallExpression':
        case 'NewExpression':
          calls.push(node);
          return undefined;
        case 'String':
        case 'TemplateString':
          strings.push(node);
          return undefined;
        case 'LineComment':
        case 'BlockComment':
        case 'Comment': {
          const named = ROUTE_COMMENT.exec(text(node));
          if (named) routeComments.set(position(node.to).line, named[1]!);
          return undefined;
        }
        default:
          return undefined;
      }
    },
  });

  const stringValue = (node: SyntaxNode | undefined, depth = 0): string | null => {
    if (!node || depth > 4) return null;
    if (node.name === 'String' || (node.name === 'TemplateString' && !node.getChild('Interpolation'))) return unquote(text(node));
    // `${BASE}/images/generations`, f"{BASE}/images/generations", BASE + "/images/generations": folded
    // when every part is a string the file shows.
    if (node.name === 'TemplateString' || node.name === 'FormatString') {
      let raw = '';
      let last = node.from;
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.name !== 'Interpolation' && child.name !== 'FormatReplacement') continue;
        const inner = child.firstChild?.nextSibling;
        const value = inner && inner !== child.lastChild ? stringValue(inner, depth + 1) : null;
        if (value === null) return null;
        raw += source.slice(last, child.from) + value.replace(/\\/g, '\\\\');
        last = child.to;
      }
      return unquote(raw + source.slice(last, node.to));
    }
    if (node.name === 'BinaryExpression') {
      const [left, operator, right] = [node.firstChild, node.firstChild?.nextSibling, node.lastChild];
      if (!left || !operator || !right || text(operator) !== '+') return null;
      const a = stringValue(left, depth + 1);
      const b = a === null ? null : stringValue(right, depth + 1);
      return a === null || b === null ? null : a + b;
    }
    // `{ url }`: a shorthand property names the variable of the same name.
    if (node.name === 'VariableName' || node.name === 'PropertyDefinition') {
      const value = valueAt(text(node), node.from);
      return value && value !== node ? stringValue(value, depth + 1) : null;
    }
    if (node.name === 'ParenthesizedExpression') return stringValue(node.firstChild?.nextSibling ?? undefined, depth + 1);
    return null;
  };

  const clients = new Map<string, Client | null>();
  /** The client a name or expression stands for (a binding made from an SDK, or a module used as one). */
  const clientOf = (node: SyntaxNode | null, depth = 0): Client | undefined => {
    if (!node || depth > 4) return undefined;
    if (node.name === 'VariableName' || (node.name === 'MemberExpression' && isThisMember(node, text))) {
      const name = text(node);
      const value = valueAt(name, node.from);
      const key = `${name}@${value?.from ?? -1}`;
      if (clients.has(key)) return clients.get(key) ?? undefined;
      clients.set(key, null);
      const imported = imports.get(name);
      let client: Client | undefined;
      if (imported && imported.imported === undefined) client = defaultClient(imported.uses, plan);
      else if (imported && imported.uses.some((use) => use.clients.includes(imported.imported!))) client = defaultClient(imported.uses, plan, imported.imported);
      else if (imported) client = defaultClient(imported.uses, plan);
      else if (value) client = clientOf(value, depth + 1);
      clients.set(key, client ?? null);
      return client;
    }
    if (node.name === 'AwaitExpression') return clientOf(node.lastChild, depth + 1);
    if (dialect.isConstruction(node)) {
      const callee = node.name === 'NewExpression' ? node.firstChild?.nextSibling : node.firstChild;
      const args = node.getChild('ArgList');
      const constructed = constructorOf(callee ?? null);
      if (constructed && args) return construct(constructed.uses, constructed.name, args);
      if (node.name === 'NewExpression') return undefined;
    }
    if (node.name === 'CallExpression') {
      // A factory: `createOpenAI({...})`, `boto3.client("bedrock-runtime")`, or an AI SDK model.
      const callee = node.firstChild;
      const args = node.getChild('ArgList');
      const path = callee ? memberPath(callee, text) : undefined;
      if (!path || !args) return undefined;
      const base = clientOf(path.base, depth + 1) ?? importedFunction(path);
      if (!base) return undefined;
      const member = path.members.join('.');
      if (base.use.factory) {
        const spec = base.use.calls.find((call) => call.call === member);
        if (spec) return { ...base, model: modelArgument(spec, args) };
      }
      const made = base.uses.find((use) => use.clients.includes(member) || use.clients.includes(path.members[path.members.length - 1] ?? ''));
      return made ? construct(base.uses, member, args) : undefined;
    }
    return undefined;
  };

  const importedFunction = (path: MemberPath): Client | undefined => {
    if (path.base.name !== 'VariableName') return undefined;
    const imported = imports.get(text(path.base));
    return imported?.imported ? defaultClient(imported.uses, plan, imported.imported) : undefined;
  };

  const constructorOf = (callee: SyntaxNode | null): { uses: readonly SdkUse[]; name: string } | undefined => {
    if (!callee) return undefined;
    const path = memberPath(callee, text);
    if (!path) return undefined;
    if (path.members.length === 0) {
      const imported = imports.get(text(path.base));
      if (!imported) return undefined;
      // A default import is the package's main client (`import OpenAI from 'openai'`, whatever its local name).
      const name = imported.imported === 'default' ? (imported.uses.find((use) => use.clients.length > 0 && !use.baseHost)?.clients[0] ?? '') : (imported.imported ?? text(path.base));
      return imported.uses.some((use) => use.clients.includes(name)) ? { uses: imported.uses, name } : undefined;
    }
    const imported = path.base.name === 'VariableName' ? imports.get(text(path.base)) : undefined;
    const name = path.members[path.members.length - 1]!;
    return imported && imported.uses.some((use) => use.clients.includes(name)) ? { uses: imported.uses, name } : undefined;
  };

  const construct = (uses: readonly SdkUse[], name: string, args: SyntaxNode): Client | undefined => {
    // Options passed by name (`new OpenAI(options)`) are read from their object; options the file does
    // not show (a spread, `**kwargs`, a parameter) leave the host and the key unknown, not defaulted.
    let options: SyntaxNode = args;
    const first = positional(args, 0);
    if (first?.name === 'VariableName') {
      const value = valueAt(text(first), first.from);
      if (value && (value.name === 'ObjectExpression' || value.name === 'DictionaryExpression')) options = value;
    }
    const opaque = /\.\.\.|\*\*/.test(text(options)) || (first?.name === 'VariableName' && options === args);
    const option = (...names: string[]) => names.map((optionName) => dialect.namedArgument(options, optionName, text)).find((found) => found !== undefined);
    const baseNode = option('baseURL', 'base_url', 'endpoint', 'azure_endpoint');
    const baseUrl = stringValue(baseNode);
    const host = baseUrl ? hostOfUrl(baseUrl) : null;
    const hostProvider = host ? plan.providerOfHost(host) : undefined;
    const candidates = uses.filter((use) => use.clients.includes(name) || use.clients.length === 0);
    // A use selected by a constructor option (`vertexai: true` makes @google/genai call Vertex AI).
    const isSet = (optionName: string) => {
      const node = option(optionName);
      return node !== undefined && /^(?:true|True)$/.test(text(node));
    };
    const selected = candidates.find((candidate) => candidate.option !== undefined && isSet(candidate.option));
    const use =
      selected ??
      (hostProvider && candidates.find((candidate) => candidate.provider === hostProvider)) ??
      candidates.find((candidate) => !candidate.baseHost && candidate.option === undefined) ??
      candidates.find((candidate) => !candidate.baseHost) ??
      candidates[0];
    if (!use) return undefined;
    // A base URL of another catalog provider, reached through this SDK (OpenRouter through `openai`).
    const provider = hostProvider && hostProvider !== use.provider ? { ...use, provider: hostProvider } : use;
    const keyNode = option('apiKey', 'api_key', 'credentials', 'auth');
    // Unknown, not the SDK's default, when the file does not show where the client points or its key comes from.
    const hostKnown = !opaque && (baseNode === undefined || host !== null);
    const keyEnv = keyNode ? envOf(keyNode) : opaque ? null : (plan.defaultKeyEnv(provider.provider) ?? null);
    return { uses, use: provider, host: host ?? (hostKnown ? (plan.defaultHost(provider.provider) ?? null) : null), keyEnv };
  };

  /** The first environment variable read anywhere in an expression (a template's interpolation, a header object), or through a constant. */
  const envMemo = new Map<number, string | null>();
  const envOf = (node: SyntaxNode, visiting = new Set<number>()): string | null => {
    const memo = envMemo.get(node.from * 4096 + (node.to - node.from));
    if (memo !== undefined) return memo;
    if (visiting.has(node.from) || visiting.size > 16) return null;
    visiting.add(node.from);
    let found: string | null = null;
    const cursor = node.cursor();
    do {
      const current = cursor.node;
      found = dialect.envRead(current, text) ?? null;
      if (found) break;
      if (current.name === 'VariableName') {
        const value = valueAt(text(current), current.from);
        if (value && value !== node && !visiting.has(value.from)) found = envOf(value, visiting);
        if (found) break;
      }
    } while (cursor.next() && cursor.from < node.to);
    envMemo.set(node.from * 4096 + (node.to - node.from), found);
    return found;
  };

  const modelArgument = (spec: CallSpec, args: SyntaxNode): string | null => {
    if (!spec.model) return null;
    const direct = DIRECT_ARGUMENT.exec(spec.model);
    if (direct) return stringValue(positional(args, Number(direct[1])));
    return stringValue(dialect.namedArgument(args, spec.model, text) ?? firstObjectProperty(args, spec.model));
  };

  const firstObjectProperty = (args: SyntaxNode, name: string): SyntaxNode | undefined => {
    // The request object passed by name (`const request = { model: ... }; client.images.generate(request)`).
    const first = positional(args, 0);
    const value = first?.name === 'VariableName' ? valueAt(text(first), first.from) : undefined;
    if (value) {
      const wrapper = value.parent;
      if (wrapper) return dialect.namedArgument(wrapper, name, text);
    }
    return undefined;
  };

  /** A comment on the call's line or the line above names its route. */
  const comments = (line: number): string | null => routeComments.get(line) ?? routeComments.get(line - 1) ?? null;
  const found: CallSite[] = [];
  const seen = new Set<number>();
  const at = (node: SyntaxNode) => position(node.from);

  for (const call of calls) {
    const callee = call.name === 'NewExpression' ? call.firstChild?.nextSibling : call.firstChild;
    const args = call.getChild('ArgList');
    if (!callee || !args) continue;
    const path = memberPath(callee, text);
    if (!path) continue;
    let client: Client | undefined;
    let member: string;
    if (path.members.length === 0) {
      // A function imported by name: `generateImage(...)`, `new InvokeModelCommand(...)`, `image_generation(...)`.
      const imported = imports.get(text(path.base));
      if (!imported?.imported) continue;
      client = defaultClient(imported.uses, plan, imported.imported);
      member = imported.imported;
      if (dialect.isConstruction(call) && client && client.use.clients.includes(member) && !client.use.calls.some((spec) => spec.call === member)) continue;
    } else {
      client = clientOf(path.base);
      member = path.members.join('.');
    }
    if (!client) continue;
    if (client.use.factory) continue;
    const spec = client.use.calls.find((candidate) => candidate.call === member) ?? sameSdkCall(client, member);
    if (!spec) continue;
    const site = sdkCallSite(spec, client, args, call);
    if (site) found.push(site);
    seen.add(call.from);
  }

  /** The call as another provider lists it for the same package (a client pointed elsewhere calls what `openai` lists). */
  function sameSdkCall(client: Client, member: string): CallSpec | undefined {
    for (const use of client.uses) {
      if (use.factory) continue;
      const spec = use.calls.find((candidate) => candidate.call === member);
      if (spec) return spec;
    }
    return undefined;
  }

  function sdkCallSite(spec: CallSpec, client: Client, args: SyntaxNode, call: SyntaxNode): CallSite | null {
    let provider = client.use.provider;
    let model = modelArgument(spec, args);
    let endpoint = client.host ? `https://${client.host}` : null;
    let keyEnv = client.keyEnv;
    // `generateImage({ model: openai.image('gpt-image-1') })`: the model object says which provider is called.
    if (spec.model && !DIRECT_ARGUMENT.test(spec.model)) {
      const modelNode = dialect.namedArgument(args, spec.model, text);
      const made = modelNode && modelNode.name !== 'String' && modelNode.name !== 'TemplateString' ? clientOf(modelNode) : undefined;
      if (made && made.use.factory) {
        provider = made.use.provider;
        model = made.model ?? null;
        endpoint = made.host ? `https://${made.host}` : null;
        keyEnv = made.keyEnv;
      }
    }
    if (spec.when === 'image-model' && (model === null || !plan.isImageModel(model, provider))) return null;
    if ((spec.when === 'image-tool' || spec.when === 'image-output') && !asksForImages(args)) return null;
    const where = at(call.name === 'NewExpression' ? call : call.firstChild!);
    return { file, ...where, language, provider, api: spec.api, model, endpoint, keyEnv, routeComment: comments(where.line) };
  }

  // HTTP calls: an image endpoint's URL passed to a call, directly or through a constant of the file
  // (every call that passes the constant). A call that only prints the URL is no request.
  let usesOfName: Map<string, SyntaxNode[]> | undefined;
  const callsUsing = (name: string): SyntaxNode[] => {
    if (!usesOfName) {
      usesOfName = new Map();
      for (const call of calls) {
        const args = call.getChild('ArgList');
        if (!args) continue;
        for (const used of identifiers(args, text)) usesOfName.set(used, [...(usesOfName.get(used) ?? []), call]);
      }
    }
    return usesOfName.get(name) ?? [];
  };
  const httpCall = (url: string, call: SyntaxNode, where: SyntaxNode): void => {
    if (seen.has(call.from) || isLogging(call, text)) return;
    const args = call.getChild('ArgList');
    const endpoint = plan.endpointOf(url, () => (args ? asksForImages(args) : false));
    if (!endpoint) return;
    seen.add(call.from);
    const position = at(where);
    const model = endpoint.model ?? (args ? modelInRequest(args) : null);
    found.push({ file, ...position, language, provider: endpoint.provider, api: endpoint.api, model, endpoint: endpoint.endpoint, keyEnv: args ? envOf(args) : null, routeComment: comments(position.line) });
  };
  for (const literal of strings) {
    const url = stringValue(literal);
    if (!url || !/^https?:\/\//i.test(url)) continue;
    const direct = enclosingCall(literal);
    if (direct) {
      httpCall(url, direct, literal);
      continue;
    }
    const name = assignedLiteral.get(literal.from);
    if (name) for (const call of callsUsing(name)) httpCall(url, call, call.name === 'NewExpression' ? call : call.firstChild!);
  }

  // URLs the file builds from its constants (a template, an f-string, `+`): the call's first argument or its `url` option.
  for (const call of calls) {
    if (seen.has(call.from)) continue;
    const args = call.getChild('ArgList');
    if (!args) continue;
    const first = positional(args, 0);
    // `axios({ url, method })`, `requests.request("POST", url=…)`: the `url` option when the first argument is not the URL.
    const candidate = first && first.name !== 'String' && first.name !== 'ObjectExpression' ? first : (dialect.namedArgument(first?.name === 'ObjectExpression' ? first : args, 'url', text) ?? undefined);
    if (!candidate || candidate.name === 'String') continue;
    const url = stringValue(candidate);
    if (url && /^https?:\/\//i.test(url)) httpCall(url, call, candidate);
  }

  /** Whether a request asks for images: an `image_generation` tool, or `image` among the modalities. */
  function asksForImages(args: SyntaxNode): boolean {
    const request = text(args);
    if (/type['"]?\s*[:=]\s*['"]image_generation['"]/.test(request) || /modalities[\s\S]{0,80}['"]image['"]/.test(request)) return true;
    // Tools or modalities kept in a constant of the file (`{ tools }` names it by shorthand).
    const names = identifiers(args, text);
    for (const option of ['tools', 'modalities']) {
      const node = dialect.namedArgument(args, option, text);
      if (node && /^[A-Za-z_$][\w$]*$/.test(text(node))) names.add(text(node));
    }
    for (const name of names) {
      const value = valueAt(name, args.from);
      if (value && /type['"]?\s*[:=]\s*['"]image_generation['"]|['"]image['"]/.test(text(value))) return true;
    }
    return false;
  }

  function enclosingCall(node: SyntaxNode): SyntaxNode | null {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (parent.name === 'ArgList') return parent.parent && (parent.parent.name === 'CallExpression' || parent.parent.name === 'NewExpression') ? parent.parent : null;
      if (/Statement|Declaration|Body|Block/.test(parent.name)) return null;
    }
    return null;
  }

  function modelInRequest(args: SyntaxNode): string | null {
    let model: string | null = null;
    const visit = (node: SyntaxNode, depth: number): void => {
      if (model !== null || depth > 8) return;
      const named = dialect.namedArgument(node, 'model', text);
      if (named) model = stringValue(named);
      for (let child = node.firstChild; child && model === null; child = child.nextSibling) visit(child, depth + 1);
    };
    visit(args, 0);
    return model;
  }

  return found;
}

/** The use a client made from these uses stands for, without construction arguments. */
function defaultClient(uses: readonly SdkUse[], plan: ScanPlan, name?: string): Client | undefined {
  const candidates = name ? uses.filter((use) => use.clients.includes(name) || use.calls.some((call) => call.call === name)) : uses;
  const use = candidates.find((candidate) => !candidate.baseHost) ?? candidates[0];
  if (!use) return undefined;
  return { uses, use, host: plan.defaultHost(use.provider) ?? null, keyEnv: plan.defaultKeyEnv(use.provider) ?? null };
}

interface MemberPath {
  base: SyntaxNode;
  members: string[];
}

/** `client.images.generate` → base `client`, members `images.generate`; `new X().a.b` → base the `new`. */
function memberPath(node: SyntaxNode, text: (node: SyntaxNode) => string): MemberPath | undefined {
  const members: string[] = [];
  // `client.images.generate<T>(...)`: the type arguments are not part of the path.
  let current: SyntaxNode | null = node.name === 'InstantiationExpression' ? node.firstChild : node;
  while (current && current.name === 'MemberExpression') {
    const property = current.lastChild;
    if (!property || property.name !== 'PropertyName') return isThisMember(current, text) ? { base: current, members: members.reverse() } : undefined;
    if (isThisMember(current, text)) return { base: current, members: members.reverse() };
    members.push(text(property));
    current = current.firstChild;
  }
  if (!current) return undefined;
  if (current.name === 'InstantiationExpression') current = current.firstChild;
  if (!current) return undefined;
  return { base: current, members: members.reverse() };
}

/** `this.client` / `self.client`: a member of the enclosing object, tracked like a variable. */
function isThisMember(node: SyntaxNode, text: (node: SyntaxNode) => string): boolean {
  const object = node.firstChild;
  return node.name === 'MemberExpression' && object !== null && (object.name === 'this' || (object.name === 'VariableName' && text(object) === 'self')) && node.lastChild?.name === 'PropertyName';
}

function positional(args: SyntaxNode, index: number): SyntaxNode | undefined {
  let count = 0;
  for (let child = args.firstChild; child; child = child.nextSibling) {
    if (child.name === '(' || child.name === ')' || child.name === ',' || child.type.isError) continue;
    // Python keyword arguments (`name=value`) are not positional.
    if (child.name === 'VariableName' && child.nextSibling?.name === 'AssignOp') return undefined;
    if (count === index) return child;
    count++;
  }
  return undefined;
}

/** `console.log(url)`, `print(url)`, `logger.info(...)`: calls that show a URL without requesting it. */
function isLogging(call: SyntaxNode, text: (node: SyntaxNode) => string): boolean {
  const callee = call.name === 'NewExpression' ? call.firstChild?.nextSibling : call.firstChild;
  if (!callee) return false;
  return /^(?:console|logger|logging|log|print|printf|println|warn|debug|info|assert|expect|describe|it|test)\b|\.(?:log|info|debug|warn|warning|error|trace)$/.test(text(callee));
}

function identifiers(node: SyntaxNode, text: (node: SyntaxNode) => string): Set<string> {
  const names = new Set<string>();
  const cursor = node.cursor();
  do {
    if (cursor.name === 'VariableName') names.add(text(cursor.node));
  } while (cursor.next() && cursor.from < node.to);
  return names;
}

function requireOf(node: SyntaxNode, text: (node: SyntaxNode) => string): string | undefined {
  let call: SyntaxNode | null = node;
  if (call?.name === 'AwaitExpression') call = call.lastChild;
  if (!call || call.name !== 'CallExpression') return undefined;
  const callee = call.firstChild;
  if (!callee || callee.name !== 'VariableName' || (text(callee) !== 'require' && text(callee) !== 'import')) return undefined;
  const arg = call.getChild('ArgList')?.getChild('String');
  return arg ? (unquote(text(arg)) ?? undefined) : undefined;
}

/** `const { GoogleGenAI, Modality: M } = require(...)`: the names bound, with what each imports. */
function destructured(declaration: SyntaxNode, text: (node: SyntaxNode) => string): { name: string; imported?: string }[] | undefined {
  const pattern = declaration.getChild('ObjectPattern');
  if (!pattern) return undefined;
  const names: { name: string; imported?: string }[] = [];
  for (let property = pattern.firstChild; property; property = property.nextSibling) {
    if (property.name !== 'PatternProperty') continue;
    const key = property.firstChild;
    const bound = property.getChild('VariableDefinition') ?? undefined;
    if (!key || !bound) continue;
    names.push({ name: text(bound), imported: key.name === 'VariableDefinition' ? text(key) : text(key) });
  }
  return names;
}

export function unquote(literal: string): string | null {
  const match = /^[rRbBuUfF]{0,2}(['"`]{1,3})([\s\S]*)\1$/.exec(literal);
  if (!match) return null;
  const body = match[2]!;
  return body.includes('\\') ? body.replace(/\\(.)/g, '$1') : body;
}

function hostOfUrl(url: string): string | null {
  const match = /^https?:\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** 1-based line and column of offsets in one text, by binary search over its line starts (built once). */
export function positions(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = source.indexOf('\n'); index !== -1; index = source.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

export type { Dialect };
