// Detection for the languages read as text (Go, Java, Kotlin, C#, Ruby, PHP, shell): comments are
// blanked out first, so nothing in a comment is a call site. A URL literal of an image endpoint is one,
// with the model and the key variable when the same call shows them; so is an image call of a catalog
// SDK (openai-go, openai-java, the OpenAI .NET library, the openai gem, Google's genai for Go, Java and
// .NET, the AWS SDKs' Bedrock runtime) in a file that imports that SDK.
import type { SourceLanguage } from '../catalog/providers.js';
import type { ScanPlan } from './plan.js';
import { positions } from './syntax.js';
import type { CallSite } from './types.js';

const HASH_COMMENTS: ReadonlySet<SourceLanguage> = new Set(['ruby', 'shell']);
const SLASH_COMMENTS: ReadonlySet<SourceLanguage> = new Set(['go', 'java', 'kotlin', 'csharp', 'php']);

/** The text with every comment replaced by spaces (line breaks kept), strings left as they are. */
export function blankComments(source: string, language: SourceLanguage): string {
  const out = source.split('');
  const slash = SLASH_COMMENTS.has(language);
  const hash = HASH_COMMENTS.has(language) || language === 'php';
  let index = 0;
  const blank = (from: number, to: number) => {
    for (let at = from; at < to; at++) if (out[at] !== '\n') out[at] = ' ';
  };
  while (index < source.length) {
    const char = source[index]!;
    const next = source[index + 1];
    if (char === '"' || char === "'" || (char === '`' && (language === 'go' || language === 'shell'))) {
      // Skip the string: escapes in all but Go raw strings.
      let end = index + 1;
      while (end < source.length && source[end] !== char && source[end] !== '\n') end += source[end] === '\\' && char !== '`' ? 2 : 1;
      if (char === '`') while (end < source.length && source[end] !== '`') end++;
      index = end + 1;
      continue;
    }
    if (slash && char === '/' && next === '/') {
      const end = source.indexOf('\n', index);
      blank(index, end === -1 ? source.length : end);
      index = end === -1 ? source.length : end;
      continue;
    }
    if (slash && char === '/' && next === '*') {
      const end = source.indexOf('*/', index + 2);
      blank(index, end === -1 ? source.length : end + 2);
      index = end === -1 ? source.length : end + 2;
      continue;
    }
    // `#` starts a comment at the start of a word (not inside `$#`, `${#x}` or a URL fragment).
    if (hash && char === '#' && (index === 0 || /[\s;]/.test(source[index - 1]!))) {
      if (language === 'shell' && index === 0 && next === '!') {
        index = source.indexOf('\n') === -1 ? source.length : source.indexOf('\n');
        continue;
      }
      const end = source.indexOf('\n', index);
      blank(index, end === -1 ? source.length : end);
      index = end === -1 ? source.length : end;
      continue;
    }
    index++;
  }
  return out.join('');
}

const URL_LITERAL = /(["'`])(https?:\/\/[^"'`\s]+)\1|(?<![\w"'])(https?:\/\/[^\s"'`)>]+)/g;
const MODEL_NEARBY = /["']?\bmodel(?:Id|_id)?["']?\s*(?:[:=]>?|,)\s*["']([^"'\s]{2,100})["']|\bModel(?:ID)?:\s*(?:\w+\.)?(?:String\()?["']([^"'\s]{2,100})["']/;
const ENV_NEARBY =
  /os\.Getenv\("([A-Za-z_]\w*)"\)|System\.getenv\("([A-Za-z_]\w*)"\)|Environment\.GetEnvironmentVariable\("([A-Za-z_]\w*)"\)|ENV(?:\.fetch\(|\[)\s*["']([A-Za-z_]\w*)["']|getenv\(\s*["']([A-Za-z_]\w*)["']\)|\$_(?:ENV|SERVER)\[\s*["']([A-Za-z_]\w*)["']\]|\$\{?([A-Z_][A-Z0-9_]*_(?:KEY|TOKEN))\}?/;

/** How far a call may reach past its URL: to the first blank line, at most 20 lines and 2,000 characters. */
function callRegion(text: string, from: number): string {
  const limit = Math.min(text.length, from + 2000);
  let end = from;
  for (let lines = 0; lines < 20; lines++) {
    const next = text.indexOf('\n', end + 1);
    if (next === -1 || next >= limit) return text.slice(from, limit);
    if (text.slice(end + 1, next).trim() === '' && lines > 0) return text.slice(from, end);
    end = next;
  }
  return text.slice(from, end);
}

export function detectInText(source: string, file: string, language: SourceLanguage, plan: ScanPlan): CallSite[] {
  const text = blankComments(source, language);
  const position = positions(source);
  const lines = source.split('\n');
  const commentByLine = new Map<number, string | null>();
  const found: CallSite[] = [];
  for (const match of text.matchAll(URL_LITERAL)) {
    const url = match[2] ?? match[3]!;
    // Bare URLs count only in shell scripts (curl https://…), where commands take them unquoted.
    if (match[3] !== undefined && language !== 'shell') continue;
    const region = callRegion(text, match.index!);
    const endpoint = plan.endpointOf(url, () => /image_generation|modalities[\s\S]{0,200}image/.test(region));
    if (!endpoint) continue;
    const model = MODEL_NEARBY.exec(region);
    const env = ENV_NEARBY.exec(region);
    const where = position(match.index! + (match[2] !== undefined ? 1 : 0));
    let routeComment = commentByLine.get(where.line);
    if (routeComment === undefined) commentByLine.set(where.line, (routeComment = routeCommentNear(lines, where.line)));
    found.push({
      file,
      ...where,
      language,
      provider: endpoint.provider,
      api: endpoint.api,
      model: endpoint.model ?? (model ? (model[1] ?? model[2]!) : null),
      endpoint: endpoint.endpoint,
      keyEnv: env ? env.slice(1).find((group) => group !== undefined)! : null,
      routeComment,
    });
  }
  // SDK calls of the catalog in a file that imports the SDK (Go, Java/Kotlin, C#, Ruby).
  for (const sdk of plan.sdksOfText(language)) {
    if (!sdk.marker.test(text)) continue;
    for (const { spec, pattern } of sdk.calls) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) {
        const open = match.index! + match[0].length - 1;
        const args = argumentsAt(text, open);
        const model = modelArgument(args, spec.model);
        if (spec.when === 'image-model' && (model === null || !plan.isImageModel(model, sdk.provider))) continue;
        if (spec.when === 'image-tool' && !/image_generation/.test(args)) continue;
        if (spec.when === 'image-output' && !/modalities[\s\S]{0,200}image/i.test(args)) continue;
        // The callee: the member name after the dot.
        const where = position(match.index! + match[0].indexOf(match[0].replace(/^\.\s*/, '')));
        let routeComment = commentByLine.get(where.line);
        if (routeComment === undefined) commentByLine.set(where.line, (routeComment = routeCommentNear(lines, where.line)));
        const env = ENV_NEARBY.exec(text.slice(Math.max(0, match.index! - 2000), open + args.length));
        found.push({
          file,
          ...where,
          language,
          provider: sdk.provider,
          api: spec.api,
          model,
          endpoint: plan.defaultHost(sdk.provider) ? `https://${plan.defaultHost(sdk.provider)}` : null,
          keyEnv: env ? env.slice(1).find((group) => group !== undefined)! : (plan.defaultKeyEnv(sdk.provider) ?? null),
          routeComment,
        });
      }
    }
  }
  return found;
}

/** The text of a call's arguments, from its `(` to the matching `)` (at most 2,000 characters). */
function argumentsAt(text: string, open: number): string {
  let depth = 0;
  const limit = Math.min(text.length, open + 2000);
  for (let index = open; index < limit; index++) {
    const char = text[index];
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') {
      depth--;
      if (depth === 0) return text.slice(open, index + 1);
    } else if (char === '"' || char === "'") {
      const end = text.indexOf(char, index + 1);
      if (end !== -1 && end < limit) index = end;
    }
  }
  return text.slice(open, limit);
}

/** The model a call's arguments name: the Nth string argument (`#N`), or a `model` field written as a string. */
function modelArgument(args: string, where: string | undefined): string | null {
  if (where && /^#\d$/.test(where)) {
    const index = Number(where.slice(1));
    const parts = splitTopLevel(args.slice(1, -1));
    const literal = parts[index] ? /^\s*["']([^"'\s]{2,100})["']\s*$/.exec(parts[index]!) : null;
    return literal ? literal[1]! : null;
  }
  const named = MODEL_NEARBY.exec(args) ?? /\.model\(\s*["']([^"'\s]{2,100})["']\s*\)/.exec(args);
  return named ? (named[1] ?? named[2] ?? null) : null;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(' || char === '{' || char === '[') depth++;
    else if (char === ')' || char === '}' || char === ']') depth--;
    else if (char === '"' || char === "'") {
      const end = text.indexOf(char, index + 1);
      if (end !== -1) index = end;
    } else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `image-route: <id>` on the line or the line above (in the original text, where comments still are). */
function routeCommentNear(lines: readonly string[], line: number): string | null {
  for (const candidate of [lines[line - 1], lines[line - 2]]) {
    const match = candidate ? /(?:\/\/|#|\/\*|--)\s*image-route:\s*([a-z0-9][a-z0-9-]{0,63})/.exec(candidate) : null;
    if (match) return match[1]!;
  }
  return null;
}
