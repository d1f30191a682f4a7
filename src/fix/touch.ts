// `touch`: after a person has verified a route again, set its `checked` (and `tested.date`) to today.
// The manifest is read with the `yaml` package's Document API only to find where the values are; the
// edit splices the new date into the original text at those offsets, so every other byte (comments,
// blank lines, key order, quoting, line endings) stays as the person wrote it.
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export interface TouchChange {
  route: string;
  field: 'checked' | 'tested.date';
  /** The value before (null when the field was added). */
  before: string | null;
  after: string;
  /** 1-based line of the value in the edited text. */
  line: number;
}

export type TouchResult = { text: string; changes: TouchChange[] } | { problem: string };

interface Splice {
  at: number;
  end: number;
  text: string;
  change: Omit<TouchChange, 'line'>;
}

/** A manifest read for editing; one read serves both finding the routes and editing them. */
export function readForEdit(text: string): Document.Parsed {
  return parseDocument(text, { prettyErrors: false });
}

/** The ids of a manifest's routes (none when it does not parse). */
export function routeIdsIn(document: Document.Parsed): Set<string> {
  const routes = routeList(document);
  const ids = (routes?.items ?? []).map((item) => (isMap(item) ? item.get('id') : undefined));
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}

function routeList(document: Document.Parsed): YAMLSeq | undefined {
  if (document.errors.length || !isMap(document.contents)) return undefined;
  const routes = document.contents.get('routes', true);
  return isSeq(routes) ? routes : undefined;
}

/** Edits one manifest's text: sets the named routes' dates to `today`. Routes not in the file are ignored. */
/**
 * Why a manifest cannot be edited safely, if it cannot: the yaml package reads a lone CR as part of a
 * comment where the manifest parser breaks the line, so the two would disagree on what is there.
 */
export function uneditable(text: string): string | undefined {
  const loneCr = /\r(?!\n)/.exec(text);
  return loneCr ? `it has a lone carriage return (line ${text.slice(0, loneCr.index).split('\n').length}): save it with LF or CRLF line endings first` : undefined;
}

export function touchManifest(text: string, routeIds: ReadonlySet<string>, today: string, tested: boolean, document = readForEdit(text)): TouchResult {
  const refused = uneditable(text);
  if (refused) return { problem: refused };
  if (document.errors.length) return { problem: `it does not parse as YAML (${document.errors[0]!.message.split('\n')[0]}): run \`image-route-policy check\` and fix it first` };
  const routes = routeList(document);
  if (!routes) return { problem: 'it has no `routes:` list' };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const splices: Splice[] = [];
  for (const item of routes.items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    if (typeof id !== 'string' || !routeIds.has(id)) continue;
    if (item.flow) return { problem: `route \`${id}\` is written in flow style ({ … }); edit its dates by hand` };
    const checked = setDate(text, item, 'checked', today, eol, pairOf(item, 'id'));
    if ('problem' in checked) return { problem: `route \`${id}\`: ${checked.problem}` };
    splices.push({ ...checked.splice, change: { route: id, field: 'checked', before: checked.before, after: today } });
    if (!tested) continue;
    const block = pairOf(item, 'tested');
    if (!block || !isMap(block.value)) {
      return { problem: `route \`${id}\` has no \`tested:\` block; --tested records a test of what it covered: add \`tested: {date, covers}\` by hand once` };
    }
    if (block.value.flow) return { problem: `route \`${id}\`: \`tested\` is written in flow style ({ … }); edit its date by hand` };
    const date = setDate(text, block.value, 'date', today, eol, block.value.items[0] as Pair<Node, Node> | undefined);
    if ('problem' in date) return { problem: `route \`${id}\`, tested: ${date.problem}` };
    splices.push({ ...date.splice, change: { route: id, field: 'tested.date', before: date.before, after: today } });
  }
  // In text order: each splice's line in the edited text is its line in the original plus the
  // lines added before it (an added key may start with a line break).
  const pieces: string[] = [];
  const changes: TouchChange[] = [];
  let from = 0;
  let line = 1;
  for (const splice of [...splices].sort((a, b) => a.at - b.at)) {
    pieces.push(text.slice(from, splice.at), splice.text);
    line += countLines(text, from, splice.at);
    changes.push({ ...splice.change, line: line + countLines(splice.text, 0, splice.text.lastIndexOf(today)) });
    line += countLines(splice.text, 0, splice.text.length);
    from = splice.end;
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(''), changes };
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function pairOf(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
  return (map.items as Pair<Node, Node>[]).find((pair) => isScalar(pair.key) && pair.key.value === key);
}

/** Replaces the scalar at `key` keeping its quotes, or adds `key: today` beside `anchor`. */
function setDate(text: string, map: YAMLMap, key: string, today: string, eol: string, anchor: Pair<Node, Node> | undefined): { splice: Omit<Splice, 'change'>; before: string | null } | { problem: string } {
  const pair = pairOf(map, key);
  if (pair) {
    const value = pair.value;
    if (!isScalar(value) || !value.range) return { problem: `\`${key}\` is not a single value` };
    const [start, end] = value.range;
    // `checked:` with nothing after it, or only a comment: the date goes before the comment, spaced.
    if (start === end) {
      const lead = text[start - 1] === ' ' || text[start - 1] === '\t' ? '' : ' ';
      const trail = text[start] === '#' ? ' ' : '';
      return { splice: { at: start, end, text: `${lead}${today}${trail}` }, before: '' };
    }
    const quote = value.type === 'QUOTE_DOUBLE' ? '"' : value.type === 'QUOTE_SINGLE' ? "'" : value.type === 'PLAIN' ? '' : null;
    if (quote === null) return { problem: `\`${key}\` is a block scalar; edit it by hand` };
    return { splice: { at: start, end, text: `${quote}${today}${quote}` }, before: text.slice(start, end) };
  }
  const keyNode = anchor?.key;
  if (!isScalar(keyNode) || !keyNode.range) return { problem: `cannot tell where to add \`${key}\`` };
  const keyAt = keyNode.range[0];
  const lineStart = text.lastIndexOf('\n', keyAt - 1) + 1;
  const indent = ' '.repeat(keyAt - lineStart);
  // A key alone on its line: the new one goes on the line before it, at the same indentation.
  if (text.slice(lineStart, keyAt).trim() === '') return { splice: { at: lineStart, end: lineStart, text: `${indent}${key}: ${today}${eol}` }, before: null };
  // `- id: x`: after the end of that line (a trailing comment stays where it is); the id is one line.
  if (!isScalar(anchor?.value) || !anchor.value.range) return { problem: `cannot tell where to add \`${key}\`` };
  const newline = text.indexOf('\n', anchor.value.range[1]);
  const lineEnd = newline === -1 ? text.length : text[newline - 1] === '\r' ? newline - 1 : newline;
  return { splice: { at: lineEnd, end: lineEnd, text: `${eol}${indent}${key}: ${today}` }, before: null };
}
