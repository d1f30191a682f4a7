// Peak memory of a child process, measured from inside it. Load it with
//   NODE_OPTIONS=--import=<file URL of this module>  IRP_MAX_RSS_FILE=<path>
// and the process writes its peak resident set size (process.resourceUsage().maxRSS, in kB) to that
// file when it exits, whatever its exit code. Without IRP_MAX_RSS_FILE it does nothing.
// Linux counts the memory of the process a child was forked from in the child's maxRSS: launch the
// measured process from a small one (a shell that forks it), not straight from a large test runner.
import fs from 'node:fs';

const target = process.env.IRP_MAX_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
