// Workload W4 of quality.md (scan-bound): 200,000 source files of TypeScript, JavaScript, Python, Go
// and shell, 1–8 KB each (about 600 MB), with about 240 image-API calls and 2,600 text-LLM calls that
// look alike (same SDKs), 20 manifests, and a node_modules/ and dist/ (holding calls too) to skip.
// Writes `expected.json`: every image call's file and line, for the bench to hold the scan to.
import fs from 'node:fs';
import path from 'node:path';

const FILES = 200_000;
const IMAGE_CALLS = 240;
const TEXT_CALLS = 2_600;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const EXTENSIONS = ['ts', 'ts', 'ts', 'js', 'js', 'py', 'py', 'go', 'sh'];

/** Filler that reads like code of the language (no provider hint), about `bytes` long. */
function filler(extension, bytes, next, seed) {
  const lines = [];
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const n = Math.floor(next() * 1e6);
    const line =
      extension === 'py'
        ? [`def handler_${seed}_${index}(event, context):`, `    total = sum(item["price"] for item in event.get("items", [])) + ${n}`, `    return {"status": 200, "body": str(total)}`, '']
        : extension === 'go'
          ? [`func Handler${seed}x${index}(w http.ResponseWriter, r *http.Request) {`, `\ttotal := ${n} + len(r.URL.Query())`, `\tfmt.Fprintf(w, "%d", total)`, '}', '']
          : extension === 'sh'
            ? [`step_${index}() {`, `  echo "processing batch ${n}" >> "$LOG_FILE"`, '}', '']
            : [`export function handler${seed}x${index}(items: { price: number }[]) {`, `  // sums the cart for order ${n}`, `  return items.reduce((total, item) => total + item.price, ${n});`, '}', ''];
    lines.push(...line);
    size += line.join('\n').length + 1;
  }
  return lines.join('\n');
}

const IMAGE = {
  ts: (model) => ['import OpenAI from "openai";', 'const client = new OpenAI();', `export const draw = (prompt: string) => client.images.generate({ model: "${model}", prompt });`],
  js: () => ['import { fal } from "@fal-ai/client";', 'export const draw = (prompt) => fal.subscribe("fal-ai/flux/dev", { input: { prompt } });'],
  py: (model) => ['from openai import OpenAI', 'client = OpenAI()', `def draw(prompt):`, `    return client.images.generate(model="${model}", prompt=prompt)`],
  go: () => ['// image generation', 'func Draw() (*http.Response, error) {', '\treturn http.Post("https://api.openai.com/v1/images/generations", "application/json", nil)', '}'],
  sh: () => ['curl -s https://api.openai.com/v1/images/generations -H "Authorization: Bearer $OPENAI_API_KEY" -d @body.json'],
};
/** The line (1-based, within the snippet) of each snippet's call. */
const IMAGE_LINE = { ts: 3, js: 2, py: 4, go: 3, sh: 1 };

const TEXT = {
  ts: () => ['import OpenAI from "openai";', 'const client = new OpenAI();', 'export const ask = (q: string) => client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: q }] });'],
  js: () => ['import { fal } from "@fal-ai/client";', 'export const ask = (q) => fal.subscribe("fal-ai/any-llm", { input: { prompt: q } });'],
  py: () => ['from openai import OpenAI', 'client = OpenAI()', 'def ask(q):', '    return client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": q}])'],
  go: () => ['func Ask() (*http.Response, error) {', '\treturn http.Post("https://api.openai.com/v1/chat/completions", "application/json", nil)', '}'],
  sh: () => ['curl -s https://api.openai.com/v1/chat/completions -H "Authorization: Bearer $OPENAI_API_KEY" -d @body.json'],
};

const MODELS = ['gpt-image-2', 'gpt-image-1.5', 'gpt-image-2.5-flare'];

export function generateW4(root) {
  const next = random(4);
  const expected = [];
  fs.mkdirSync(path.join(root, '.git'), { recursive: true });
  for (let index = 0; index < FILES; index++) {
    const extension = EXTENSIONS[index % EXTENSIONS.length];
    const directory = path.join(root, `pkg-${Math.floor(index / 2000)}`, `mod-${Math.floor(index / 100) % 20}`);
    if (index % 100 === 0) fs.mkdirSync(directory, { recursive: true });
    // 1–8 KB, most of them small: about 600 MB in all.
    const bytes = 1024 + Math.floor(next() ** 2 * 7 * 1024);
    const body = filler(extension, bytes, next, index);
    const file = path.join(directory, `file-${index}.${extension}`);
    // Image calls and text calls at fixed strides, each in its own file, after some filler.
    let snippet;
    if (index % Math.floor(FILES / IMAGE_CALLS) === 7) snippet = IMAGE[extension](MODELS[index % MODELS.length]);
    else if (index % Math.floor(FILES / TEXT_CALLS) === 3) snippet = TEXT[extension]();
    if (!snippet) {
      fs.writeFileSync(file, body);
      continue;
    }
    // A few whole functions of filler after the call (blocks end at a blank line).
    const head = body.split('\n\n').slice(0, 3).join('\n\n');
    const text = `${snippet.join('\n')}\n${head}\n`;
    fs.writeFileSync(file, text);
    if (IMAGE[extension] && snippet.join('\n') === IMAGE[extension](MODELS[index % MODELS.length]).join('\n')) expected.push({ file: path.relative(root, file).split(path.sep).join('/'), line: IMAGE_LINE[extension] });
  }
  // What must be skipped: installed and built code, with calls in them.
  for (const skipped of ['node_modules/openai-wrapper', 'dist']) {
    fs.mkdirSync(path.join(root, skipped), { recursive: true });
    for (let index = 0; index < 500; index++) fs.writeFileSync(path.join(root, skipped, `bundle-${index}.js`), `${IMAGE.ts('gpt-image-2').join('\n')}\n`);
  }
  for (let index = 0; index < 20; index++) {
    fs.mkdirSync(path.join(root, `pkg-${index}`), { recursive: true });
    fs.writeFileSync(
      path.join(root, `pkg-${index}`, 'image-routes.yml'),
      `version: 1\nroutes:\n  - id: images-${index}\n    kind: official-api\n    stage: production\n    provider: openai\n    model: gpt-image-2\n    keyOwner: "@acme/platform"\n    billing: { payer: our-account, trigger: each image }\n    checked: 2026-11-20\n`,
    );
  }
  fs.writeFileSync(path.join(root, 'expected.json'), JSON.stringify(expected));
  return expected.length;
}
