// Temporary repositories on disk: real files, a real `.git` folder marking the root.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function makeRepository(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'irp-repo-'));
  fs.mkdirSync(path.join(root, '.git'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, text);
  }
}

export function removeRepository(root: string): void {
  fs.rmSync(root, { recursive: true, force: true });
}

/** `repository(files)` for one test file: each a makeRepository, all removed after the file's tests. */
export function temporaryRepositories(): (files: Record<string, string>) => string {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeRepository));
  return (files) => {
    const root = makeRepository(files);
    roots.push(root);
    return root;
  };
}

/** Runs git in `root`; throws with git's message when it fails. */
export function git(root: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Makes a temporary repository a real git repository (branch main, a committer), in place of its bare `.git` marker. */
export function initGit(root: string): void {
  fs.rmSync(path.join(root, '.git'), { recursive: true, force: true });
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.email', 'ci@example.com');
  git(root, 'config', 'user.name', 'CI');
}
