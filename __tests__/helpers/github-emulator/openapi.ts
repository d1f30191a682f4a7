// GitHub's published OpenAPI description (@octokit/openapi), used to check that every request the
// Action makes is one GitHub documents, with declared query parameters and a valid JSON body, and
// (in the emulator's own tests) that the emulator's answers have GitHub's shapes.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

export interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
  description?: string;
}

export interface SpecOperation {
  method: string;
  template: string;
  operationId: string;
  docsUrl: string;
  parameters: SpecParameter[];
  /** Kept only for the templates listed in DETAILED_TEMPLATES (memory: the file is 73 MB). */
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

interface Route {
  template: string;
  regex: RegExp;
  /** More literal characters = more specific (`issues/comments` beats `issues/{issue_number}`). */
  literalLength: number;
  params: string[];
  operations: Map<string, SpecOperation>;
}

/** The templates the emulator answers: their bodies and response schemas are kept after loading. */
export const DETAILED_TEMPLATES = new Set([
  '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  '/repos/{owner}/{repo}/issues/comments/{comment_id}',
  '/repos/{owner}/{repo}/issues',
  '/repos/{owner}/{repo}/issues/{issue_number}',
  '/repos/{owner}/{repo}/contents/{path}',
  '/repos/{owner}/{repo}/pulls/{pull_number}/files',
]);

let routes: Route[] | undefined;

/** Reads the dereferenced description once per process (about 0.5 s), keeping only what matching needs. */
export function loadSpec(): Route[] {
  if (routes) return routes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(fs.readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
  const built: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const operations = new Map<string, SpecOperation>();
    for (const [method, raw] of Object.entries(item)) {
      if (!raw || typeof raw !== 'object' || typeof raw.operationId !== 'string') continue;
      const detailed = DETAILED_TEMPLATES.has(template);
      const parameters = ((raw.parameters as SpecParameter[] | undefined) ?? []).map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        schema: p.schema,
        // Only the "(max 100)" hint of the description is used.
        description: /\(max \d+\)/.exec(p.description ?? '')?.[0],
      }));
      operations.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: raw.operationId,
        docsUrl: (raw.externalDocs as { url?: string } | undefined)?.url ?? 'https://docs.github.com/rest',
        parameters,
        ...(detailed ? { requestBody: raw.requestBody as SpecOperation['requestBody'], responses: raw.responses as SpecOperation['responses'] } : {}),
      });
    }
    const params: string[] = [];
    let literalLength = 0;
    const segments = template.split('/').map((segment, index, all) => {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (!param) {
        literalLength += segment.length;
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      params.push(param[1]!);
      // A trailing {path} spans slashes (contents/.github/policy.yml).
      return param[1] === 'path' && index === all.length - 1 ? '(.+)' : '([^/]+)';
    });
    built.push({ template, regex: new RegExp(`^${segments.join('/')}$`), literalLength, params, operations });
  }
  routes = built;
  return routes;
}

export interface MatchedOperation {
  operation: SpecOperation;
  pathParams: Record<string, string>;
}

/** The documented operation for a request path (still percent-encoded) and method. */
export function findOperation(method: string, pathname: string): { match?: MatchedOperation; pathKnown: boolean } {
  let best: { route: Route; values: string[] } | undefined;
  for (const route of loadSpec()) {
    const found = route.regex.exec(pathname);
    if (!found) continue;
    // Prefer the route that has this method, then the most specific one.
    const score = (r: Route) => (r.operations.has(method) ? 1_000_000 : 0) + r.literalLength;
    if (!best || score(route) > score(best.route)) best = { route, values: found.slice(1) };
  }
  if (!best) return { pathKnown: false };
  const operation = best.route.operations.get(method);
  if (!operation) return { pathKnown: true };
  const pathParams: Record<string, string> = {};
  best.route.params.forEach((name, index) => {
    pathParams[name] = safeDecode(best!.values[index] ?? '');
  });
  return { match: { operation, pathParams }, pathKnown: true };
}

export function operationFor(method: string, template: string): SpecOperation | undefined {
  return loadSpec().find((route) => route.template === template)?.operations.get(method.toUpperCase());
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Problems with one parameter value (as sent: a string), or none. */
export function checkParameterValue(parameter: SpecParameter, value: string): string | undefined {
  const schema = parameter.schema ?? {};
  const type = schema.type as string | undefined;
  const label = `${parameter.in} parameter \`${parameter.name}\`=${JSON.stringify(value)}`;
  if (type === 'integer' || type === 'number') {
    const pattern = type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/;
    if (!pattern.test(value)) return `${label} is not ${type === 'integer' ? 'an integer' : 'a number'}`;
    const number = Number(value);
    const documentedMax = /\(max (\d+)\)/.exec(parameter.description ?? '')?.[1];
    const maximum = typeof schema.maximum === 'number' ? schema.maximum : documentedMax ? Number(documentedMax) : undefined;
    if (maximum !== undefined && number > maximum) return `${label} exceeds the documented maximum ${maximum}`;
    if (typeof schema.minimum === 'number' && number < schema.minimum) return `${label} is below the minimum ${schema.minimum}`;
  } else if (type === 'boolean') {
    if (value !== 'true' && value !== 'false') return `${label} is not a boolean`;
  } else if (type === 'string' || type === undefined) {
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return `${label} is not one of ${schema.enum.join(', ')}`;
    if (schema.format === 'date-time' && !DATE_TIME.test(value)) return `${label} is not an ISO 8601 date-time`;
  }
  return undefined;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

// ---- JSON Schema validation (OpenAPI 3.0 schemas, adapted for ajv) ----

let ajv: Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function getAjv(): Ajv {
  if (!ajv) {
    // strict: false ignores OpenAPI's own keywords (example, x-github, discriminator…);
    // validateSchema: false because 3.0 schemas are not draft-07 meta-schema valid.
    ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    ajv.addFormat('date-time', DATE_TIME);
    ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:[^\s]*$/i);
  }
  return ajv;
}

const DROPPED = new Set(['nullable', 'discriminator', 'example', 'examples', 'xml', 'externalDocs', 'deprecated']);

/**
 * OpenAPI 3.0 → JSON Schema: `nullable` becomes "or null"; `oneOf` becomes `anyOf` (GitHub's
 * alternatives overlap, e.g. a nullable string or a nullable integer, which `oneOf` would reject);
 * boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0 style) are folded into the bound.
 */
export function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, toJsonSchema(sub)]));
    } else if (key === 'oneOf' || key === 'anyOf' || key === 'allOf') {
      const list = (value as unknown[]).map(toJsonSchema);
      if (key === 'allOf') out.allOf = [...((out.allOf as unknown[]) ?? []), ...list];
      else if (out.anyOf) out.allOf = [...((out.allOf as unknown[]) ?? []), { anyOf: list }];
      else out.anyOf = list;
    } else if (key === 'items' || key === 'not' || key === 'additionalProperties') {
      out[key] = typeof value === 'object' ? toJsonSchema(value) : value;
    } else if ((key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      continue;
    } else {
      out[key] = value;
    }
  }
  if (source.exclusiveMinimum === true && typeof source.minimum === 'number') {
    delete out.minimum;
    out.exclusiveMinimum = source.minimum;
  }
  if (source.exclusiveMaximum === true && typeof source.maximum === 'number') {
    delete out.maximum;
    out.exclusiveMaximum = source.maximum;
  }
  if (source.nullable === true) return { anyOf: [out, { type: 'null' }] };
  return out;
}

function validatorFor(schema: Schema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = getAjv().compile(toJsonSchema(schema) as Schema);
    compiled.set(schema, validate);
  }
  return validate;
}

export interface SchemaProblem {
  /** e.g. `/labels/0/name` */
  path: string;
  message: string;
  keyword: string;
  missingProperty?: string;
}

function problems(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((error) => ({
    path: error.instancePath || '/',
    message: error.message ?? error.keyword,
    keyword: error.keyword,
    missingProperty: (error.params as { missingProperty?: string }).missingProperty,
  }));
}

/** The JSON request-body schema of an operation, if it declares one. */
export function requestSchema(operation: SpecOperation): Schema | undefined {
  return operation.requestBody?.content?.['application/json']?.schema;
}

export function validateAgainst(schema: Schema, value: unknown): SchemaProblem[] {
  const validate = validatorFor(schema);
  return validate(value) ? [] : problems(validate.errors);
}

/**
 * Checks a response body against the operation's documented schema for that status. Returns
 * problems as strings; `undefined` when the operation documents no JSON body for the status.
 */
export function validateResponse(method: string, template: string, status: number, body: unknown): string[] | undefined {
  const operation = operationFor(method, template);
  if (!operation) return [`no documented operation ${method} ${template}`];
  const response = operation.responses?.[String(status)];
  if (!response) return [`${method} ${template} documents no ${status} response`];
  const content = response.content ?? {};
  const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
  if (!schema) return body === undefined || body === '' ? [] : undefined;
  return validateAgainst(schema, body).map((p) => `${p.path} ${p.message}`);
}
