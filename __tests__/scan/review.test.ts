// Cases a review of the scan found, each kept as a test: real-world styles it missed, calls it
// reported that are none, facts it stated without seeing them, ties it got wrong, and inputs that made
// it slow (the jest timeout is the guard; speed itself is measured by the bench, not here).
import path from 'node:path';
import { runCheck } from '../../src/run.js';
import type { ReportedCallSite } from '../../src/report/schema.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';

const roots: string[] = [];
afterAll(() => roots.forEach(removeRepository));

async function check(files: Record<string, string>, cwd = '') {
  const root = makeRepository(files);
  roots.push(root);
  const { report } = await runCheck({ cwd: path.join(root, cwd), root, today: '2026-11-30' });
  return report;
}

const site = (sites: readonly ReportedCallSite[] | undefined, line: number) => sites?.find((item) => item.line === line);

describe('real-world styles', () => {
  it('names reused in several functions are read from the assignment before each call', async () => {
    const report = await check({
      'a.py': 'from openai import OpenAI\nfrom google import genai\n\ndef one():\n    client = OpenAI()\n    return client.images.generate(model="gpt-image-2")\n\ndef two():\n    client = OpenAI(base_url="https://api.x.ai/v1")\n    return client.images.generate(model="grok-imagine-image-2.0")\n\ndef three():\n    client = genai.Client()\n    return client.models.generate_images(model="imagen-4.0-generate-001")\n',
    });
    expect(report.callSites!.map(({ line, provider }) => `${line} ${provider}`)).toEqual(['6 openai', '10 xai', '14 google']);
  });

  it('URLs built from constants (template, +, f-string), every fetch of a URL constant, and no logging call', async () => {
    const report = await check({
      'a.ts':
        'const API = "https://api.openai.com/v1";\nconst URL = `${API}/images/generations`;\nconsole.debug("POST", URL);\nexport const a = () => fetch(URL, { method: "POST" });\nexport const b = () => fetch(`${API}/images/edits`, {});\nexport const c = () => fetch(API + "/images/generations", {});\nconsole.log("https://api.openai.com/v1/images/generations");\n',
      'b.py': 'import os, sys, requests\nBASE = "https://api.openai.com/v1"\nr = requests.post(f"{BASE}/images/generations", json={"model": "gpt-image-1.5"})\nprint("https://api.openai.com/v1/images/generations")\n',
    });
    expect(report.callSites!.map(({ file, line, api }) => `${file}:${line} ${api}`)).toEqual([
      'a.ts:4 http POST /v1/images/generations',
      'a.ts:5 http POST /v1/images/edits',
      'a.ts:6 http POST /v1/images/generations',
      'b.py:3 http POST /v1/images/generations',
    ]);
    expect(site(report.callSites, 3)?.model).toBe('gpt-image-1.5');
  });

  it('type arguments on the call, `import a, b, openai`, and an image tool kept in a constant', async () => {
    const report = await check({
      'a.ts': 'import OpenAI from "openai";\nconst client = new OpenAI();\nconst tools = [{ type: "image_generation" }];\nclient.images.generate<Image>({ model: "gpt-image-2" });\nclient.responses.create({ model: "gpt-5", tools });\nclient.responses.create({ model: "gpt-5", input: "describe image_generation tools" });\n',
      'b.py': 'import os, sys, openai\nopenai.images.generate(model="gpt-image-2")\n',
    });
    expect(report.callSites!.map(({ file, line }) => `${file}:${line}`)).toEqual(['a.ts:4', 'a.ts:5', 'b.py:2']);
  });

  it('Vertex AI through @google/genai and google-genai (vertexai: true)', async () => {
    const report = await check({
      'a.ts': 'import { GoogleGenAI } from "@google/genai";\nconst ai = new GoogleGenAI({ vertexai: true, project: "p", location: "us-central1" });\nai.models.generateImages({ model: "imagen-4.0-generate-001" });\n',
      'b.py': 'from google import genai\nclient = genai.Client(vertexai=True, project="p", location="us")\nclient.models.generate_images(model="imagen-4.0-generate-001")\n',
    });
    expect(report.callSites!.map(({ provider }) => provider)).toEqual(['google-vertex', 'google-vertex']);
  });

  it('options the file does not show leave the host and the key unknown, not the SDK defaults', async () => {
    const report = await check({
      'a.ts': 'import OpenAI from "openai";\nexport const draw = (options: object) => new OpenAI(options).images.generate({ model: "gpt-image-2" });\nconst viaEnv = new OpenAI({ baseURL: process.env.OPENAI_BASE_URL });\nviaEnv.images.generate({ model: "gpt-image-2" });\n',
    });
    expect(report.callSites!.map(({ line, endpoint, keyEnv }) => ({ line, endpoint, keyEnv }))).toEqual([
      { line: 2, endpoint: null, keyEnv: null },
      { line: 4, endpoint: null, keyEnv: 'OPENAI_API_KEY' },
    ]);
  });

  it('a notebook cell stored as one string is mapped to its line and column in the file', async () => {
    const notebook = JSON.stringify({ cells: [{ cell_type: 'code', source: 'from openai import OpenAI\nclient = OpenAI()\nclient.images.generate(model="gpt-image-2")\n' }] }, null, 1);
    const report = await check({ 'n.ipynb': notebook });
    const [call] = report.callSites!;
    const line = notebook.split('\n')[call!.line - 1]!;
    expect(line.slice(call!.column - 1)).toMatch(/^client\.images\.generate/);
  });
});

describe('more real-world styles', () => {
  it('`with OpenAI() as client:`, `requests.request(..., url=...)` and `axios({ url })`', async () => {
    const report = await check({
      'a.py': 'from openai import OpenAI\nimport requests\nURL = "https://api.openai.com/v1/images/generations"\nwith OpenAI() as client:\n    client.images.generate(model="gpt-image-2")\nr = requests.request("POST", url=URL, json={"model": "gpt-image-1.5"})\n',
      'b.js': 'const axios = require("axios");\nconst url = "https://api.openai.com/v1/images/edits";\naxios({ url, method: "post", data: { model: "gpt-image-2" } });\n',
    });
    expect(report.callSites!.map(({ file, line, model }) => `${file}:${line} ${model}`)).toEqual(['a.py:5 gpt-image-2', 'a.py:6 gpt-image-1.5', 'b.js:3 gpt-image-2']);
  });
});

describe('ties', () => {
  const routes = (body: string) => `version: 1\nroutes:\n${body}`;

  it('a call to a gateway host ties to the route declaring that host, and an Azure deployment to its route', async () => {
    const report = await check({
      'image-routes.yml': routes(
        '  - id: oa\n    kind: official-api\n    stage: production\n    provider: openai\n    model: gpt-image-1.5\n  - id: proxy\n    kind: provider-paid\n    stage: production\n    provider: litellm\n    model: gpt-image-1.5\n    endpoint: https://llm-proxy.acme.internal/v1\n  - id: azure\n    kind: provider-paid\n    stage: production\n    provider: azure-openai\n    model: gpt-image-1\n    endpoint: https://acme.openai.azure.com/openai/deployments/img-prod/images/generations\n',
      ),
      'proxy.ts': 'import OpenAI from "openai";\nconst c = new OpenAI({ baseURL: "https://llm-proxy.acme.internal/v1" });\nc.images.generate({ model: "gpt-image-1.5" });\n',
      'azure.ts': 'import { AzureOpenAI } from "openai";\nconst c = new AzureOpenAI({ endpoint: "https://acme.openai.azure.com" });\nc.images.generate({ model: "img-prod" });\n',
    });
    expect(report.callSites!.map(({ file, route }) => `${file} ${route}`)).toEqual(['azure.ts azure', 'proxy.ts proxy']);
    expect(report.findings.filter((finding) => finding.rule.startsWith('route-'))).toEqual([]);
  });

  it('a check run from a subfolder does not call a route unused; a call of another provider in a code glob is drift', async () => {
    const manifest = routes('  - id: oa\n    kind: official-api\n    stage: production\n    provider: openai\n    model: gpt-image-1\n    code: ["packages/shared/**"]\n');
    const files = { 'image-routes.yml': manifest, 'packages/shared/img.ts': 'import { fal } from "@fal-ai/client";\nfal.subscribe("fal-ai/flux/dev", {});\n', 'packages/web/page.ts': 'export const x = 1;\n' };
    const fromSub = await check(files, 'packages/web');
    expect(fromSub.findings.filter((finding) => finding.rule === 'route-unused')).toEqual([]);
    const fromRoot = await check(files);
    expect(fromRoot.findings.filter((finding) => finding.rule === 'route-drift').map((finding) => finding.message)).toEqual([
      expect.stringContaining('the call goes to fal.ai, but route `oa` (image-routes.yml:3) declares the provider OpenAI'),
    ]);
  });
});

describe('inputs that made the scan slow', () => {
  it('constants referring to each other, a URL constant used thousands of times, a one-line file of URLs', async () => {
    const chained = ['import OpenAI from "openai";', ...Array.from({ length: 250 }, (_, index) => `const v${index} = [${Array.from({ length: 250 }, (__, other) => `v${other}`).join(',')}];`), ...Array.from({ length: 20 }, () => 'fetch("https://api.openai.com/v1/images/generations", { headers: v0 });')].join('\n');
    const constants = ['import OpenAI from "openai";', ...Array.from({ length: 15_000 }, (_, index) => `const u${index} = "https://e.com/${index}"; g(u${index});`)].join('\n');
    const oneLine = `<?php $urls = [${Array.from({ length: 12_000 }, () => "'https://api.openai.com/v1/images/generations'").join(', ')}];\n`;
    const report = await check({ 'chained.ts': chained, 'constants.ts': constants, 'one-line.php': oneLine });
    expect(report.callSites!.filter((item) => item.file === 'chained.ts')).toHaveLength(20);
    expect(report.callSites!.filter((item) => item.file === 'one-line.php')).toHaveLength(12_000);
  }, 20_000);
});
