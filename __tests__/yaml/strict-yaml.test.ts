import { parseStrictYaml, StrictYamlError } from '../../src/yaml/strict-yaml.js';

function problemOf(text: string): { line: number; column: number; message: string } {
  try {
    parseStrictYaml(text);
  } catch (error) {
    if (error instanceof StrictYamlError) return error.problem;
    throw error;
  }
  throw new Error('expected a problem');
}

describe('parseStrictYaml', () => {
  it('locates values and keys, 1-based', () => {
    const document = parseStrictYaml('version: 1\nroutes:\n  - id: a   # note\n    billing: { payer: our-account }\n');
    expect(document.locate(['routes', 0, 'id'])).toEqual({ line: 3, column: 9 });
    expect(document.locate(['routes', 0, 'id'], 'key')).toEqual({ line: 3, column: 5 });
    expect(document.locate(['routes', 0, 'billing', 'payer'])).toEqual({ line: 4, column: 23 });
    expect(document.locate(['routes', 0, 'missing'])).toBeUndefined();
  });

  it.each([
    ['a JSON document', '{"version": 1, "routes": [{"id": "a", "kind": "x"}]}', { line: 1, column: 47 }, { line: 1, column: 39 }],
    ['a flow document', '{version: 1, routes: [{id: a, kind: x}]}', { line: 1, column: 37 }, { line: 1, column: 31 }],
    ['a flow mapping in a block list', 'routes:\n  - {id: a, kind: x}\n', { line: 2, column: 19 }, { line: 2, column: 13 }],
  ])('locates values and keys in %s', (_name, text, value, key) => {
    const document = parseStrictYaml(text);
    expect(document.locate(['routes', 0, 'kind'])).toEqual(value);
    expect(document.locate(['routes', 0, 'kind'], 'key')).toEqual(key);
  });

  it('locates keys and items in large mappings and lists (indexed past 32 entries)', () => {
    const keys = Array.from({ length: 100 }, (_, index) => `k${index}: v${index}`).join('\n');
    const items = Array.from({ length: 100 }, (_, index) => `  - i${index}`).join('\n');
    const document = parseStrictYaml(`${keys}\nlist:\n${items}\n`);
    expect(document.locate(['k5'])).toEqual({ line: 6, column: 5 });
    expect(document.locate(['k99'], 'key')).toEqual({ line: 100, column: 1 });
    expect(document.locate(['list', 99])).toEqual({ line: 201, column: 5 });
    expect(document.locate(['list', 100])).toBeUndefined();
    expect(document.locate(['nope'])).toBeUndefined();
  });

  it('keeps dates as strings', () => {
    expect(parseStrictYaml('checked: 2026-11-02\n').value).toEqual({ checked: '2026-11-02' });
  });

  it.each([
    ['a: &x 1\nb: 2\n', 1, 4, 'anchors'],
    ['a: 1\nb: *x\n', 2, 4, 'aliases'],
    ['a: !!str 1\n', 1, 4, 'tags'],
    ['%YAML 1.1\n---\na: 1\n', 1, 1, 'YAML 1.1'],
    ['a: 1\na: 2\n', 2, 1, 'duplicate key'],
    ['a: 1\n---\nb: 2\n', 2, 1, 'more than one YAML document'],
    ['a:\n\t- b\n', 2, 1, 'invalid YAML'],
  ])('rejects %j at %i:%i', (text, line, column, message) => {
    const problem = problemOf(text);
    expect(problem.message).toContain(message);
    expect([problem.line, problem.column]).toEqual([line, column]);
  });

  it('stops deep nesting before the parser recursion does', () => {
    expect(problemOf(`a: ${'['.repeat(10_000)}`).message).toContain('nesting deeper than');
  });

  it('counts columns after a byte-order mark as editors do', () => {
    expect(parseStrictYaml('\uFEFFa: 1\n').locate(['a'])).toEqual({ line: 1, column: 4 });
  });

  it('handles CRLF line ends', () => {
    expect(parseStrictYaml('a: 1\r\nb: 2\r\n').locate(['b'])).toEqual({ line: 2, column: 4 });
  });
});
