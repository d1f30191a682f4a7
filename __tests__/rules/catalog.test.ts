// The catalog against its sources of truth: the defaults table of the spec, and each rule's docs
// page, whose "Fails" and "Passes" examples must behave as written under the real engine.
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { STAGES } from '../../src/manifest/schema.js';
import { reportJsonSchema } from '../../src/report/schema.js';
import { RULES, ruleById } from '../../src/rules/index.js';
import { PROJECT_ROOT } from '../helpers/paths.js';
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

describe.each(RULES.filter((rule) => !rule.meta.engine).map((rule) => rule.meta.id))('docs/rules/%s.md', (id) => {
  const page = fs.readFileSync(path.join(PROJECT, 'docs/rules', `${id}.md`), 'utf8');

  it('has a failing and a passing example', () => {
    expect(examples(page, 'Fails').length).toBeGreaterThan(0);
    expect(examples(page, 'Passes').length).toBeGreaterThan(0);
  });

  it('its failing example fires the rule, and the report validates against the published schema', () => {
    for (const text of examples(page, 'Fails')) {
      const report = runManifest(text, id, {}, TODAY);
      expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
      expect(findingsOf(report, id).length).toBeGreaterThan(0);
      expect(validateReport(report)).toBe(true);
    }
  });

  it('its passing example does not', () => {
    for (const text of examples(page, 'Passes')) {
      const report = runManifest(text, id, {}, TODAY);
      expect(findingsOf(report, 'manifest-invalid')).toEqual([]);
      expect(findingsOf(report, id)).toEqual([]);
    }
  });
});
