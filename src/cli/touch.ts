// `image-route-policy touch ROUTE ... [--tested]`: the I/O around `touchManifest`. Every manifest is
// edited in memory first; nothing is written unless every named route was found and could be edited.
import fs from 'node:fs';
import path from 'node:path';
import { readForEdit, routeIdsIn, touchManifest, uneditable, type TouchChange } from '../fix/touch.js';
import { discoverManifests, findRepositoryRoot, leavesRepository, readManifestText, realpathOrUndefined, toRepositoryPath, UsageError, writeManifestText } from '../manifest/discover.js';
import { ROUTE_ID_PATTERN } from '../manifest/schema.js';
import { suggest } from '../text/words.js';

interface Target {
  /** `FILE:ROUTE` names the manifest; a bare `ROUTE` must be unique across them. */
  file?: string;
  route: string;
}

export function touchRoutes(cwd: string, names: readonly string[], today: string, tested: boolean): string[] {
  if (names.length === 0) throw new UsageError('`touch` needs the id of at least one route you have verified again (`image-route-policy touch ROUTE ...`)');
  const targets = names.map(parseTarget);
  const root = findRepositoryRoot(cwd);
  const realRoot = realpathOrUndefined(root) ?? root;
  const manifests = discoverManifests(cwd)
    .filter((candidate) => !candidate.problem && !(candidate.mayLeave && leavesRepository(root, realRoot, candidate.absolute)))
    .map((candidate) => {
      const read = readManifestText(candidate.absolute);
      const refused = typeof read === 'string' ? uneditable(read) : undefined;
      const text = refused ? { problem: refused } : read;
      // One Document API read per manifest: it finds the routes and then locates the edits.
      return { absolute: candidate.absolute, file: toRepositoryPath(root, candidate.absolute), text, document: typeof text === 'string' ? readForEdit(text) : undefined };
    });

  const idsIn = new Map<string, Set<string>>();
  const unread: string[] = [];
  for (const manifest of manifests) {
    if (typeof manifest.text === 'string') idsIn.set(manifest.file, routeIdsIn(manifest.document!));
    else unread.push(`${manifest.file} ${manifest.text.problem}`);
  }
  const wanted = new Map<string, Set<string>>();
  for (const target of targets) {
    const holders = [...idsIn].filter(([file, ids]) => ids.has(target.route) && (!target.file || samePath(root, cwd, target.file, file))).map(([file]) => file);
    if (holders.length === 0) {
      const known = [...idsIn.values()].flatMap((ids) => [...ids]);
      const guess = suggest(target.route, known);
      const where = target.file ? ` in ${target.file}` : '';
      const skipped = unread.length ? `; not read: ${unread.join('; ')}` : '';
      throw new UsageError(`no route \`${target.route}\`${where}${guess ? `; did you mean \`${guess}\`?` : ''} (${known.length} route${known.length === 1 ? '' : 's'} in ${idsIn.size} manifest${idsIn.size === 1 ? '' : 's'}${skipped})`);
    }
    if (holders.length > 1) throw new UsageError(`route \`${target.route}\` is in ${holders.join(' and ')}: name the one you verified, e.g. \`${holders[0]}:${target.route}\``);
    const set = wanted.get(holders[0]!) ?? new Set<string>();
    wanted.set(holders[0]!, set.add(target.route));
  }

  const writes: { absolute: string; text: string; file: string; changes: TouchChange[] }[] = [];
  for (const manifest of manifests) {
    const routes = wanted.get(manifest.file);
    if (!routes || typeof manifest.text !== 'string') continue;
    const result = touchManifest(manifest.text, routes, today, tested, manifest.document);
    if ('problem' in result) throw new UsageError(`${manifest.file}: nothing was changed: ${result.problem}`);
    writes.push({ absolute: manifest.absolute, text: result.text, file: manifest.file, changes: result.changes });
  }
  // Every file must be writable before the first is written, so a refusal leaves all unchanged.
  for (const write of writes) {
    try {
      fs.accessSync(write.absolute, fs.constants.W_OK);
    } catch (error) {
      throw new UsageError(`${write.file}: nothing was changed: it cannot be written (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  const lines: string[] = [];
  const written: string[] = [];
  for (const write of writes) {
    try {
      writeManifestText(write.absolute, write.text);
    } catch (error) {
      const done = written.length ? `; already written: ${written.join(', ')}` : '';
      throw new UsageError(`${write.file}: could not be written (${(error as NodeJS.ErrnoException).code ?? 'error'})${done}`);
    }
    written.push(write.file);
    for (const change of write.changes) {
      const from = change.before === null ? 'added' : change.before === '' ? '(empty) →' : change.before === change.after ? 'already' : `${change.before} →`;
      lines.push(`${write.file}:${change.line}: ${change.route}: ${change.field} ${from} ${change.after}`);
    }
  }
  return lines;
}

function parseTarget(name: string): Target {
  const colon = name.lastIndexOf(':');
  const route = name.slice(colon + 1);
  if (!ROUTE_ID_PATTERN.test(route)) throw new UsageError(`\`${name}\` is not a route id (lower-case letters, digits and -) or FILE:ROUTE`);
  return colon === -1 ? { route } : { file: name.slice(0, colon), route };
}

function samePath(root: string, cwd: string, named: string, file: string): boolean {
  return toRepositoryPath(root, path.resolve(cwd, named)) === file;
}
