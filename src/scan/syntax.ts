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
  const imports = new Map<string, { uses: readonly SdkUse[]; imported?: string }>();
  const values = new Map<string, SyntaxNode>();
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
            values.set(assigned.name, assigned.value);
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
          if (named) routeComments.set(position(source, node.to).line, named[1]!);
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
    if (node.name === 'VariableName' && values.has(text(node))) return stringValue(values.get(text(node)), depth + 1);
    if (node.name === 'ParenthesizedExpression') return stringValue(node.firstChild?.nextSibling ?? undefined, depth + 1);
    return null;
  };

  const clients = new Map<string, Client | null>();
  /** The client a name or expression stands for (a binding made from an SDK, or a module used as one). */
  const clientOf = (node: SyntaxNode | null, depth = 0): Client | undefined => {
    if (!node || depth > 4) return undefined;
    if (node.name === 'VariableName' || (node.name === 'MemberExpression' && isThisMember(node, text))) {
      const name = text(node);
      if (clients.has(name)) return clients.get(name) ?? undefined;
      clients.set(name, null);
      const imported = imports.get(name);
      let client: Client | undefined;
      if (imported && imported.imported === undefined) client = defaultClient(imported.uses, plan);
      else if (imported && imported.uses.some((use) => use.clients.includes(imported.imported!))) client = defaultClient(imported.uses, plan, imported.imported);
      else if (imported) client = defaultClient(imported.uses, plan);
      else if (values.has(name)) client = clientOf(values.get(name)!, depth + 1);
      clients.set(name, client ?? null);
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
    const baseUrl = stringValue(dialect.namedArgument(args, 'baseURL', text) ?? dialect.namedArgument(args, 'base_url', text) ?? dialect.namedArgument(args, 'endpoint', text) ?? dialect.namedArgument(args, 'azure_endpoint', text));
    const host = baseUrl ? hostOfUrl(baseUrl) : null;
    const hostProvider = host ? plan.providerOfHost(host) : undefined;
    const candidates = uses.filter((use) => use.clients.includes(name) || use.clients.length === 0);
    const use =
      (hostProvider && candidates.find((use) => use.provider === hostProvider)) ??
      (host ? undefined : candidates.find((use) => !use.baseHost)) ??
      candidates.find((use) => !use.baseHost) ??
      candidates[0];
    if (!use) return undefined;
    // A base URL of another catalog provider, reached through this SDK (OpenRouter through `openai`).
    const provider = hostProvider && hostProvider !== use.provider ? { ...use, provider: hostProvider } : use;
    const keyNode = dialect.namedArgument(args, 'apiKey', text) ?? dialect.namedArgument(args, 'api_key', text) ?? dialect.namedArgument(args, 'credentials', text) ?? dialect.namedArgument(args, 'auth', text);
    const keyEnv = keyNode ? envOf(keyNode) : (plan.defaultKeyEnv(provider.provider) ?? null);
    return { uses, use: provider, host: host ?? plan.defaultHost(provider.provider) ?? null, keyEnv: keyEnv ?? null };
  };

  /** The first environment variable read anywhere in an expression (a template's interpolation, a header object), or through a constant. */
  const envOf = (node: SyntaxNode, depth = 0): string | null => {
    if (depth > 3) return null;
    const cursor = node.cursor();
    do {
      const current = cursor.node;
      const direct = dialect.envRead(current, text);
      if (direct) return direct;
      if (current.name === 'VariableName' && values.has(text(current)) && values.get(text(current)) !== node) {
        const through = envOf(values.get(text(current))!, depth + 1);
        if (through) return through;
      }
    } while (cursor.next() && cursor.from < node.to);
    return null;
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
    if (first?.name === 'VariableName' && values.has(text(first))) {
      const value = values.get(text(first))!;
      const wrapper = value.parent;
      if (wrapper) return dialect.namedArgument(wrapper, name, text);
    }
    return undefined;
  };

  /** A comment on the call's line or the line above names its route. */
  const comments = (line: number): string | null => routeComments.get(line) ?? routeComments.get(line - 1) ?? null;
  const found: CallSite[] = [];
  const seen = new Set<number>();
  const at = (node: SyntaxNode) => position(source, node.from);

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
    if (spec.when === 'image-tool' && !/image_generation/.test(text(args))) return null;
    if (spec.when === 'image-output' && !/modalities[\s\S]*['"]image['"]/.test(text(args))) return null;
    const where = at(call.name === 'NewExpression' ? call : call.firstChild!);
    return { file, ...where, language, provider, api: spec.api, model, endpoint, keyEnv, routeComment: comments(where.line) };
  }

  // HTTP calls: an image endpoint's URL passed to a call, directly or through a constant of the file.
  for (const literal of strings) {
    const url = stringValue(literal);
    if (!url || !/^https?:\/\//i.test(url)) continue;
    const call = enclosingCall(literal) ?? callUsing(literal);
    if (!call || seen.has(call.from)) continue;
    const args = call.getChild('ArgList');
    const requestText = args ? text(args) : '';
    const endpoint = plan.endpointOf(url, () => /image_generation|modalities[\s\S]*['"]image['"]/.test(requestText));
    if (!endpoint) continue;
    seen.add(call.from);
    const direct = enclosingCall(literal) === call;
    const where = at(direct ? literal : call);
    const model = endpoint.model ?? (args ? modelInRequest(args) : null);
    found.push({ file, ...where, language, provider: endpoint.provider, api: endpoint.api, model, endpoint: endpoint.endpoint, keyEnv: args ? envOf(args) : null, routeComment: comments(where.line) });
  }

  function enclosingCall(node: SyntaxNode): SyntaxNode | null {
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (parent.name === 'ArgList') return parent.parent && (parent.parent.name === 'CallExpression' || parent.parent.name === 'NewExpression') ? parent.parent : null;
      if (/Statement|Declaration|Body|Block/.test(parent.name)) return null;
    }
    return null;
  }

  /** The call whose arguments name the constant this literal is assigned to. */
  function callUsing(literal: SyntaxNode): SyntaxNode | null {
    const name = [...values].find(([, value]) => value.from === literal.from)?.[0];
    if (!name) return null;
    return calls.find((call) => {
      const args = call.getChild('ArgList');
      return args !== null && identifiers(args, text).has(name);
    }) ?? null;
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
  let current: SyntaxNode | null = node;
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
  const match = /^[rRbBuU]{0,2}(['"`]{1,3})([\s\S]*)\1$/.exec(literal);
  if (!match) return null;
  const body = match[2]!;
  return body.includes('\\') ? body.replace(/\\(.)/g, '$1') : body;
}

function hostOfUrl(url: string): string | null {
  const match = /^https?:\/\/([^/?#:@\s]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase() : null;
}

/** 1-based line and column of an offset. */
export function position(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = source.indexOf('\n'); index !== -1 && index < offset; index = source.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export type { Dialect };
