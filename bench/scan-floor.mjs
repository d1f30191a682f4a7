// The scan floor of quality.md: walk the same tree (skipping node_modules, .git and built folders),
// read every file of a scanned language, and test it for any provider hint with one regular
// expression. No parsing, no tying: the least a code scan must do.
import fs from 'node:fs';
import path from 'node:path';
import { hintStrings } from './hints.mjs';

const LANGUAGES = /\.(?:[cm]?[jt]sx?|py|ipynb|go|java|kts?|cs|rb|php|sh|bash|zsh)$|^Dockerfile/;
const SKIPPED = new Set(['node_modules', '.git', 'dist', 'build', 'vendor', '.next']);
const HINTS = new RegExp(hintStrings().map((hint) => hint.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')).join('|'));
let files = 0;
let hits = 0;

function walk(directory) {
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(path.join(directory, entry.name));
    } else if (LANGUAGES.test(entry.name)) {
      files++;
      if (HINTS.test(fs.readFileSync(path.join(directory, entry.name), 'utf8'))) hits++;
    }
  }
}

walk(path.resolve(process.argv[2] ?? '.'));
process.stdout.write(`${JSON.stringify({ files, hits })}\n`);
