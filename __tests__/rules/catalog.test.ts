// The catalog against its sources of truth: the defaults table of the spec, and each rule's docs
// page, whose "Fails" and "Passes" examples must behave as written under the real engine.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { STAGES } from '../../src/manifest/schema.js';
import { reportJsonSchema } from '../../src/report/schema.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
import { runCheck } from '../../src/run.js';
import { makeRepository, removeRepository } from '../helpers/repo.js';
import { findingsOf, runManifest, TODAY } from '../helpers/rule-tester.js';

const PROJECT = PROJECT_ROOT;
const SPEC = fs.readFileSync(path.join(PROJECT, '../shared/spec/rules.md'), 'utf8');

/** `| id | fires when | default |` rows of rules.md, with the default column as written. */
const specRows = [...SPEC.matchAll(/^\| `([a-z-]+)` \| .* \| ([^|]+) \|$/gm)].map((match) => ({ id: match[1]!, defaults: match[2]!.trim() }));

function expectedDefaults(text: string): string[] {
  const perStage = /^(\w+) \/ (\w+) \/ (\w+) \/ (\w+)/.exec(text);
  if (perStage) return perStage.slice(1, 5);
  const single = /^(error|warning|notice)/.exec(text);
  if (!single) throw new Error(`cannot read the default "${text}"`);
  return STAGES.map(() => single[1]!);
}

describe('the catalog matches rules.md', () => {
  it('has exactly the ids of the spec', () => {
    expect(RULES.map((rule) => rule.meta.id).sort()).toEqual(specRows.map((row) => row.id).sort());
  });

  it.each(specRows)('$id has the default severities of the spec ($defaults)', ({ id, defaults }) => {
    const rule = ruleById(id)!;
    expect(STAGES.map((stage) => rule.meta.defaults[stage])).toEqual(expectedDefaults(defaults));
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.rationale.length).toBeGreaterThan(20);
  });
});

const validateReport = new Ajv2020({ strict: false }).compile(reportJsonSchema() as object);

/** The `yaml` code blocks under a `## Fails` or `## Passes` heading that are manifests. */
function examples(page: string, heading: 'Fails' | 'Passes'): string[] {
  const section = page.split(/^## /m).find((part) => part.startsWith(heading));
  if (!section) return [];
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!).filter((text) => /^routes:/m.test(text));
}

/** The source blocks of a section: a fenced block whose first line is a comment naming its path. */
function sources(page: string, heading: 'Fails' | 'Passes'): Record<string, string> {
  const section = page.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  const files: Record<string, string> = {};
  for (const match of section.matchAll(/```(?:ts|js|py|go|sh)\n(?:\/\/|#) (\S+)\n([\s\S]*?)```/g)) files[match[1]!] = match[2]!;
  return files;
}

const CODE_RULES = RULES.filter((rule) => rule.meta.group === 'code').map((rule) => rule.meta.id);

describe.each(RULES.filter((rule) => !rule.meta.engine).map((rule) => rule.meta.id))('docs/rules/%s.md', (id) => {
  const page = fs.readFileSync(path.join(PROJECT, 'docs/rules', `${id}.md`), 'utf8');
  const code = CODE_RULES.includes(id);
  /** The example as a repository: the manifest and, for code rules, the source files, checked with the real scan. */
  const run = async (text: string, heading: 'Fails' | 'Passes') => {
    if (!code) return runManifest(text, id, {}, TODAY);
    const root = makeRepository({ 'image-routes.yml': text, ...sources(page, heading) });
    try {
      return (await runCheck({ cwd: root, root, today: TODAY })).report;
    } finally {
      removeRepository(root);
    }
  };

  it('has a failing and a passing example', () => {
    expect(examples(page, 'Fails').length).toBeGreaterThan(0);
    expect(examples(page, 'Passes').length).toBeGreaterThan(0);
    if (code) {
      expect(Object.keys(sources(page, 'Fails')).length).toBeGreaterThan(0);
      expect(Object.keys(sources(page, 'Passes')).length).toBeGreaterThan(0);
    }
  });

  it('its failing example fires the rule, and the report validates against the published schema', async () => {
    for (const text of examples(page, 'Fails')) {
      const report = await run(text, 'Fails');
      expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
      expect(findingsOf(report, id).length).toBeGreaterThan(0);
      expect(validateReport(report)).toBe(true);
    }
  });

  it('its passing example does not', async () => {
    for (const text of examples(page, 'Passes')) {
      const report = await run(text, 'Passes');
      expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
      expect(findingsOf(report, id)).toEqual([]);
    }
  });
});
