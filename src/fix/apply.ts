// Applying findings' fixes to a file's text: each edit replaces a span given by 1-based line and
// column (as the report gives them). Edits that overlap an earlier one are left out, never merged.
import { LineIndex } from '../yaml/strict-yaml.js';

export interface TextEdit {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  text: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  // The manifest parser's own line index, so lines break where it breaks them (a lone CR too).
  const lines = new LineIndex(text);
  const offset = (line: number, column: number) => lines.offsetAt({ line, column });
  const placed = edits
    .map((edit) => ({ edit, start: offset(edit.line, edit.column), end: offset(edit.endLine, edit.endColumn) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let from = 0;
  for (const { edit, start, end } of placed) {
    if (start < from || end < start || end > text.length) {
      skipped.push(edit);
      continue;
    }
    pieces.push(text.slice(from, start), edit.text);
    applied.push(edit);
    from = end;
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(''), applied, skipped };
}

/** A unified diff of the changed lines only (no context): the edits never add or remove lines. */
export function lineDiff(file: string, before: string, after: string): string {
  const old = before.split(/\r\n?|\n/);
  const now = after.split(/\r\n?|\n/);
  if (old.length !== now.length) throw new Error('lineDiff: the edit changed the number of lines');
  const hunks: string[] = [];
  old.forEach((line, index) => {
    if (line !== now[index]) hunks.push(`@@ -${index + 1} +${index + 1} @@`, `-${line}`, `+${now[index]}`);
  });
  return hunks.length ? [`--- a/${file}`, `+++ b/${file}`, ...hunks, ''].join('\n') : '';
}
