// Renders what a reviewer sees, the way GitHub shows it: the PR comment, the job summary and the
// stale-date tracking issue of the bundled examples, as markdown → HTML (GFM, with GitHub's
// markdown CSS) → a full-page PNG from headless Chromium (Debian's package, /usr/bin/chromium).
//   node scripts/screenshots.mjs LABEL   →  docs/screenshots/{comment,summary,issue}-LABEL.png
// A docs tool, not part of the build or CI: it needs Chromium, which CI does not install.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { marked } from 'marked';
import { chromium } from 'playwright-core';

const root = path.resolve(import.meta.dirname, '..');
const label = process.argv[2] ?? 'after';
if (!/^[a-z0-9-]+$/.test(label)) throw new Error('usage: node scripts/screenshots.mjs LABEL (letters, digits, dashes)');
const today = process.argv[3] ?? '2026-11-30';
const MAX_HEIGHT = 2600;

// Bundled inside the repository so the source's built-in data files (policies/) are found.
const cache = path.join(root, 'node_modules/.cache/image-route-policy');
await esbuild.build({ absWorkingDir: root, entryPoints: ['scripts/screenshot-pages.ts'], outfile: path.join(cache, 'screenshot-pages.mjs'), bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { pages } = await import(pathToFileURL(path.join(cache, 'screenshot-pages.mjs')).href);
const bodies = await pages(root, today);

const css = fs.readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const out = path.join(root, 'docs/screenshots');
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const [name, markdown] of Object.entries(bodies)) {
    // GitHub's comment column is about 780 px wide; the summary and issue pages are wider.
    const width = name === 'comment' ? 780 : 1012;
    const html = `<!doctype html><meta charset="utf-8"><style>${css} body{margin:0;background:#fff} .markdown-body{box-sizing:border-box;width:${width}px;padding:16px 24px}</style><article class="markdown-body">${marked.parse(markdown, { gfm: true })}</article>`;
    const page = await browser.newPage({ viewport: { width, height: 600 }, deviceScaleFactor: 1 });
    // Offline: nothing outside the page is fetched.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    // The top of each page, as a reviewer first sees it (whole pages of every finding would weigh megabytes).
    const height = Math.min(MAX_HEIGHT, Number(await page.evaluate('document.body.scrollHeight')));
    await page.screenshot({ path: path.join(out, `${name}-${label}.png`), clip: { x: 0, y: 0, width, height }, fullPage: true });
    // The markdown rendered, for a closer look (not committed).
    fs.writeFileSync(path.join(cache, `${name}-${label}.md`), markdown);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${Object.keys(bodies).map((name) => `docs/screenshots/${name}-${label}.png`).join(', ')}`);
