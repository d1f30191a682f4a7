// The detection corpus: real source files in every language the scan reads, each positive at its
// exact line with the facts the code shows, and look-alikes that must stay silent (comments,
// docstrings, template strings, model-id lists, chat and text calls through the same SDKs, text
// models on fal, Replicate and Bedrock, `generateContent` on a text model, an unrelated object's
// `images.generate`, a URL no call uses).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuiltinCatalogs } from '../../src/catalog/load.js';
import { ModelCatalog } from '../../src/catalog/models.js';
import { ProviderCatalog } from '../../src/catalog/providers.js';
import { ScanPlan } from '../../src/scan/plan.js';
import { languageOf, scanSources } from '../../src/scan/source.js';
import type { CallSite } from '../../src/scan/types.js';

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'corpus');
const expected = JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8')) as Record<string, Partial<CallSite>[]>;
const catalogs = loadBuiltinCatalogs();
const providers = new ProviderCatalog(catalogs.providers, catalogs.otherKeyFormats);
export const plan = new ScanPlan(providers, new ModelCatalog(catalogs.models, providers));

const files = Object.keys(expected).map((file) => ({ absolute: path.join(CORPUS, file), link: false }));
const byFile = new Map<string, CallSite[]>();
beforeAll(async () => {
  const result = await scanSources(CORPUS, files, plan, false);
  for (const site of result.callSites) byFile.set(site.file, [...(byFile.get(site.file) ?? []), site]);
});

/** The expected facts of a call site, compared field by field (facts left out of the expectation are not compared, except the line). */
function matches(site: CallSite, wanted: Partial<CallSite>): boolean {
  return Object.entries(wanted).every(([key, value]) => site[key as keyof CallSite] === value);
}

describe('the detection corpus', () => {
  it.each(Object.entries(expected))('%s: every call site at its line with its facts, and nothing else', (file, wanted) => {
    const found = byFile.get(file) ?? [];
    expect(found.map((site) => site.line)).toEqual(wanted.map((site) => site.line));
    for (const [index, site] of found.entries()) {
      const facts = wanted[index]!;
      expect({ line: site.line, ...Object.fromEntries(Object.keys(facts).map((key) => [key, site[key as keyof CallSite]])) }).toEqual({ line: site.line, ...facts });
    }
  });

  it('finds at least 95% of the call sites at their line, and at least 95% of what it reports is a call site, in every language', () => {
    const tally = new Map<string, { expected: number; found: number; right: number }>();
    for (const [file, wanted] of Object.entries(expected)) {
      const language = file.split('/')[0]!;
      const counts = tally.get(language) ?? { expected: 0, found: 0, right: 0 };
      const found = byFile.get(file) ?? [];
      counts.expected += wanted.length;
      counts.found += found.length;
      counts.right += found.filter((site) => wanted.some((facts) => facts.line === site.line && matches(site, facts))).length;
      tally.set(language, counts);
    }
    for (const [language, { expected: total, found, right }] of tally) {
      expect({ language, recall: right / total >= 0.95, precision: found === 0 || right / found >= 0.95 }).toEqual({ language, recall: true, precision: true });
    }
  });

  it('reads a notebook cell by cell, and reports columns inside the file', () => {
    const [site] = byFile.get('py/notebook.ipynb')!;
    const line = fs.readFileSync(path.join(CORPUS, 'py/notebook.ipynb'), 'utf8').split('\n')[site!.line - 1]!;
    expect(line.slice(site!.column - 1)).toMatch(/^client\.images\.generate/);
  });

  it('reports the callee or URL at its column', () => {
    const source = fs.readFileSync(path.join(CORPUS, 'js/openai-sdk.ts'), 'utf8').split('\n');
    for (const site of byFile.get('js/openai-sdk.ts')!) expect(source[site.line - 1]!.slice(site.column - 1)).toMatch(/^(client|azure|grok|router)\./);
    const go = fs.readFileSync(path.join(CORPUS, 'other/client.go'), 'utf8').split('\n');
    const [goSite] = byFile.get('other/client.go')!;
    expect(go[goSite!.line - 1]!.slice(goSite!.column - 1)).toMatch(/^https:\/\/api\.openai\.com\/v1\/images\/generations/);
  });
});

describe('the hint pre-filter', () => {
  it('passes every file of the corpus with a call site, and refuses a file without any hint', () => {
    for (const file of Object.keys(expected)) expect(plan.prefilterFor(languageOf(path.basename(file))!).test(fs.readFileSync(path.join(CORPUS, file), 'latin1'))).toBe(true);
    expect(plan.prefilterFor('typescript').test('export const sum = (a, b) => a + b;\nimport React from "react";\n')).toBe(false);
  });

  it("tests each file with its own language's hints only: a Python import in a JavaScript string is not a hint", () => {
    const pythonImport = 'const doc = `from openai import OpenAI`;\n';
    expect(plan.prefilterFor('python').test('from openai import OpenAI\n')).toBe(true);
    expect(plan.prefilterFor('javascript').test(pythonImport)).toBe(false);
    expect(plan.prefilterFor('javascript').test("import OpenAI from 'openai';\n")).toBe(true);
    expect(plan.prefilterFor('python').test("import OpenAI from 'openai';\n")).toBe(false);
    // Hosts are hints in every language: an HTTP call can be written anywhere.
    expect(plan.prefilterFor('go').test('const u = "https://api.openai.com/v1/images/generations"\n')).toBe(true);
  });
});
