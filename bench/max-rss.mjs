// Preloaded with `NODE_OPTIONS=--import=…/max-rss.mjs` into any Node process (ours, the floor,
// Spectral): when the process exits, it writes its peak resident set size in kB to the file named
// by MAX_RSS_FILE. Used by the benchmark runner and the bad-input corpus tests.
import fs from 'node:fs';

const target = process.env.MAX_RSS_FILE;
if (target) {
  process.on('exit', () => {
    fs.writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
