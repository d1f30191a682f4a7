// The fast block reader must read every text it accepts exactly as js-yaml does (values, key order
// and the position of every key and value), and give up on everything else.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { readCommonYaml } from '../../src/yaml/block-reader.js';
import { parseStrictYaml, type FieldPath, type YamlDocument } from '../../src/yaml/strict-yaml.js';
import { PROJECT_ROOT } from '../helpers/paths.js';

function pathsOf(value: unknown, prefix: FieldPath = []): FieldPath[] {
  const paths: FieldPath[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, index) => paths.push(...pathsOf(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  return paths;
}

function positionsOf(document: YamlDocument): unknown[] {
  return pathsOf(document.value).map((fieldPath) => [fieldPath, document.locate(fieldPath, 'key'), document.locate(fieldPath)]);
}

/** 'common' when the block reader read `text` (and agreed with js-yaml), 'js-yaml' when it gave up. */
function readerFor(text: string): 'common' | 'js-yaml' {
  const common = readCommonYaml(text);
  if (common === null) return 'js-yaml';
  let reference: YamlDocument;
  try {
    reference = parseStrictYaml(text, { commonReader: false });
  } catch (error) {
    throw new Error(`the block reader accepted a text js-yaml rejects (${String(error)}):\n${text}`);
  }
  const fast = parseStrictYaml(text);
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(reference.value));
  expect(fast.value).toEqual(reference.value);
  expect(positionsOf(fast)).toEqual(positionsOf(reference));
  return 'common';
}

describe('the block reader', () => {
  it.each([
    ['a route', 'version: 1\nroutes:\n  - id: a   # note\n    kind: official-api\n    billing:\n      payer: our-account\n'],
    ['a list at its key\'s indentation', 'routes:\n- id: a\n  kind: x\n- id: b\nother: 1\n'],
    ['scalars of every core type', 'a: 1\nb: -2.5\nc: true\nd: ~\ne: null\nf: 0x1F\ng: .inf\nh: 2026-11-02\ni: yes\nj: 1e3\n'],
    ['quoted scalars', 'a: "x: y # z"\nb: \'it\'\'s\'\nc: ""\nd: \'\'\n'],
    ['plain scalars with indicators inside', 'a: http://x.y/z?q=1#frag\nb: a#b\nc: x, y\nd: -5\ne: 50 images/min\nf: a [b] {c}\n'],
    ['flow collections', 'tested: { date: 2026-11-01, covers: [generate, errors, retries] }\ne: []\nf: {}\ng: [ "a", \'b\', [c, {d: 1}] ]\n'],
    ['comments and blank lines', '# head\n\nversion: 1 # trailing\n\n  # indented comment\nroutes:\n\n  - id: a\n    # between\n    kind: x\n'],
    ['a document start and no final newline', '---\na: 1\nb:\n  - x\n  - y'],
    ['keys that resolve', '1: one\n1.50: x\ntrue: t\nnull: n\n'],
    ['nested lists', 'a:\n  -\n    - x\n  - y\n'],
    ['a list of flow lists', 'a:\n  - [1, 2]\n  - [3]\n'],
    ['unicode', 'naïve: "日本 😀"\nb: é\n'],
    ['a list at the root', '- a\n- b: 1\n  c: [2]\n'],
    ['a commented document start and trailing blank lines', '--- # manifest\na: 1\n\n\n'],
    ['colons and hashes inside plain scalars', 'url: http://x:80/a#b\nratio: 1:2\nnote: a #comment: here\n'],
    ['spaces in keys and around values', 'a b: c   \nd:    e # f\n'],
    ['a comment between list items', 'a:\n  - b\n  # c\n  - d\n'],
    ['empty flow collections with spaces', 'a: [ ]\nb: { }\n'],
    ['characters js-yaml keeps as content', 'a: x\u00a0y\u2028z\u0085w\n'],
  ])('reads %s as js-yaml does', (_name, text) => {
    expect(readerFor(text)).toBe('common');
  });

  it.each([
    ['an empty value', 'a:\nb: 1\n'],
    ['an empty list item', 'a:\n  -\n  - b\n'],
    ['a list in a list item', 'a:\n  - - b\n'],
    ['keys that resolve alike', 'null: 1\n~: 2\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line flow collection', 'a: [1,\n  2]\n'],
    ['an escape', 'a: "\\u0041"\n'],
    ['a tab', 'a:\tb\n'],
    ['CRLF line breaks', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a merge key', '<<: {a: 1}\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a mapping in a value', 'a: b: c\n'],
    ['a quoted key', '"a": 1\n'],
    ['a space before the colon', 'a : 1\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a flow mapping at the root', '{a: 1}\n'],
    ['a scalar document', 'just text\n'],
    ['an empty document', '# nothing\n'],
    ['a trailing comma', 'a: [1, 2, ]\n'],
    ['a pair in a flow list', 'a: [b: c]\n'],
    ['a control character', 'a: "\u0007"\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a value that ends in a colon', 'a: b:\n'],
    ['text after a quoted scalar', 'a: "x"y\n'],
    ['a multi-line quoted scalar', "a: 'multi\n  line'\n"],
    ['a comment where the value should be', 'a: #x\nb: 1\n'],
    ['an explicit key', '? a\n: b\n'],
    ['deep nesting', `${Array.from({ length: 60 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n')} 1\n`],
  ])('leaves %s to js-yaml', (_name, text) => {
    expect(readerFor(text)).toBe('js-yaml');
  });

  it('reads the bundled examples and policies as js-yaml does', () => {
    const files: string[] = [];
    const walk = (directory: string): void => {
      for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
        const full = path.join(directory, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.ya?ml$/.test(entry.name)) files.push(full);
      }
    };
    for (const directory of ['examples', 'policies']) walk(path.join(PROJECT_ROOT, directory));
    expect(files.length).toBeGreaterThan(5);
    const readers = files.map((file) => readerFor(fs.readFileSync(file, 'utf8')));
    expect(readers.filter((reader) => reader === 'common').length).toBeGreaterThan(files.length / 2);
  });

  it('keeps every tree intact when many share the storage, and when one is larger than a block', () => {
    // Finished trees are copied into shared blocks of 2^20 numbers (five per node).
    const documents = Array.from({ length: 300 }, (_, index) => {
      const text = Array.from({ length: 1000 }, (_, key) => `k${key}: v${index}-${key}`).join('\n');
      return parseStrictYaml(text);
    });
    const huge = parseStrictYaml(Array.from({ length: 120_000 }, (_, key) => `k${key}: ${key}`).join('\n'));
    for (const [index, document] of documents.entries()) {
      expect(document.locate([`k${index}`])).toEqual({ line: index + 1, column: 3 + String(index).length + 1 });
      expect(document.value).toMatchObject({ [`k${index}`]: `v${index}-${index}` });
    }
    expect(huge.locate(['k119999'], 'key')).toEqual({ line: 120_000, column: 1 });
    expect(huge.locate(['k5'])).toEqual({ line: 6, column: 5 });
  });

  describe('on generated documents', () => {
    /** Scalars and keys as manifests hold them. */
    const usualScalar = fc.oneof(
      fc.constantFrom('2026-11-01', '1', '-1', '1.5', 'true', 'null', 'official-api', 'each generated image', '@acme/platform'),
      fc.constantFrom('http://x.y/z?a=1#b', 'a#b', "it's", 'say "hi"', 'env:OPENAI_API_KEY', '50 images/min', 'é 😀'),
      fc.stringMatching(/^[a-z][a-z0-9 ./-]{0,10}[a-z0-9]$/),
      fc.integer(),
      fc.boolean(),
    );
    const usualKey = fc.oneof(fc.constantFrom('id', 'kind', 'billing', 'payer', 'checked', 'keyOwner', 'constructor', 'é'), fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/));
    /** Scalars and keys with every indicator, core-schema spelling and odd character. */
    const wildScalar = fc.oneof(
      fc.constantFrom('2026-11-01', '1', '-1', '1.5', '0x1F', '0o17', '1_000', '.inf', '-.Inf', '.nan', '~', 'null', 'NULL', 'True', 'false', 'yes', 'on'),
      fc.constantFrom('-', '- a', 'a: b', 'a:b', 'a #b', 'a#b', "it's", 'say "hi"', ' lead', 'trail ', '[x]', '{x}', 'a,b', 'http://x.y/z'),
      fc.constantFrom('@acme', '*x', '&x', '!t', '%x', '`x`', '|', '>', '?x', ':x', 'a\\b', '---', '...', '#', 'é', '😀', ''),
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
    );
    const wildKey = fc.oneof(
      fc.constantFrom('id', 'a', '1', 'true', 'null', '~', 'key with space', 'x:y', '-k', 'k#h', '<<', '__proto__', 'constructor', 'é'),
      fc.string({ minLength: 1, maxLength: 6 }),
    );
    const treeOf = (key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
      fc.letrec((tie) => ({
        node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
        list: fc.array(tie('node'), { maxLength: 4 }),
        map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      })).map;
    const usualTree = treeOf(usualKey, usualScalar).filter((value) => Object.keys(value as object).length > 0);
    const wildTree = treeOf(wildKey, wildScalar);

    type Style = { quote: number; flow: boolean; indent: number; indentless: boolean; comment: boolean };
    const styles = fc.array(
      fc.record({ quote: fc.integer({ min: 0, max: 2 }), flow: fc.boolean(), indent: fc.constantFrom(1, 2, 4), indentless: fc.boolean(), comment: fc.boolean() }),
      { minLength: 1, maxLength: 16 },
    );

    /**
     * Writes a value in styles taken in turn. Usual texts quote what needs quoting; wild ones write
     * plain scalars as they are, whatever they hold, so some are invalid on purpose.
     */
    function emit(value: unknown, all: Style[], wild: boolean): string {
      let turn = 0;
      const style = (): Style => all[turn++ % all.length]!;
      const scalarText = (item: unknown): string => {
        const { quote } = style();
        if (typeof item !== 'string') return String(item);
        if (wild ? quote === 0 : /^[A-Za-z0-9][\w ./-]*$/.test(item) && !item.endsWith(' ') && quote === 0) return item;
        if (quote === 1 && (wild || !/["\\]/.test(item))) return JSON.stringify(item);
        return `'${item.replaceAll("'", "''")}'`;
      };
      const flow = (item: unknown): string => {
        if (Array.isArray(item)) return `[${item.map(flow).join(', ')}]`;
        if (item !== null && typeof item === 'object') return `{ ${Object.entries(item).map(([k, v]) => `${k}: ${flow(v)}`).join(', ')} }`;
        return scalarText(item);
      };
      const isBlock = (item: unknown, current: Style, root = false): boolean =>
        item !== null && typeof item === 'object' && Object.keys(item).length > 0 && (root || !current.flow);
      /** The lines of `item`; one unindented line for a scalar or flow collection. */
      const block = (item: unknown, indent: number, root = false): string[] => {
        const current = style();
        if (!isBlock(item, current, root)) return [`${flow(item)}${current.comment ? ' # note' : ''}`];
        const pad = ' '.repeat(indent);
        const lines: string[] = [];
        if (Array.isArray(item))
          for (const element of item) {
            const inner = block(element, indent + 2);
            if (inner.length === 1 && !inner[0]!.startsWith(' ')) lines.push(`${pad}- ${inner[0]}`);
            else if (Array.isArray(element)) lines.push(`${pad}-`, ...inner);
            else lines.push(`${pad}- ${inner[0]!.trimStart()}`, ...inner.slice(1));
          }
        else
          for (const [name, element] of Object.entries(item as object)) {
            const childIndent = Array.isArray(element) && current.indentless ? indent : indent + current.indent;
            const inner = block(element, childIndent);
            if (inner.length === 1 && !inner[0]!.startsWith(' ') && !inner[0]!.startsWith('- ')) lines.push(`${pad}${name}: ${inner[0]}`);
            else lines.push(`${pad}${name}:${current.comment ? ' # note' : ''}`, ...inner);
          }
        return lines;
      };
      return `${block(value, 0, true).join('\n')}\n`;
    }

    /** Runs `readerFor` on generated texts; returns how many the block reader read. */
    function check(texts: fc.Arbitrary<string>, numRuns: number): number {
      let common = 0;
      fc.assert(
        fc.property(texts, (text) => {
          if (readerFor(text) === 'common') common++;
          else if (process.env.SHOW) console.log(text);
        }),
        { numRuns },
      );
      return common;
    }

    it('reads usual documents, as js-yaml does', () => {
      const read = check(fc.tuple(usualTree, styles).map(([value, all]) => emit(value, all, false)), 2000);
      expect(read).toBeGreaterThan(2000 * 0.9);
    });

    it('reads what it accepts of odd documents as js-yaml does', () => {
      const read = check(fc.tuple(wildTree, styles).map(([value, all]) => emit(value, all, true)), 3000);
      expect(read).toBeGreaterThan(0);
    });

    it('gives up on, or reads as js-yaml does, texts with a character inserted anywhere', () => {
      const inserted = fc
        .tuple(fc.oneof(usualTree, wildTree), styles, fc.boolean(), fc.nat(), fc.constantFrom(' ', '\n', ':', '#', '-', '"', "'", '[', ']', '{', '}', ',', '  ', ': ', '- ', '\t', '\n  '))
        .map(([value, all, wild, at, insert]) => {
          const text = emit(value, all, wild);
          const offset = at % (text.length + 1);
          return text.slice(0, offset) + insert + text.slice(offset);
        });
      expect(check(inserted, 4000)).toBeGreaterThan(0);
    });
  });
});
