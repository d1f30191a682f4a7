// Temporary repositories on disk: real files, a real `.git` folder marking the root.
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
