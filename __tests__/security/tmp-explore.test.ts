import { injectionRepository, PLACEMENTS, PAYLOADS, PAYLOAD_NAMES } from './injection-corpus.js';
import { cliInProcess } from './support.js';
it('explore', async () => {
  const repo = injectionRepository();
  console.log(repo.root);
  for (const placement of PLACEMENTS) {
    const run = await cliInProcess(['check', `fields/${placement.slug}`, '--today', '2026-11-23', '--format', 'json'], repo.root);
    if (run.stderr) console.log(placement.slug, run.stderr);
    const report = JSON.parse(run.stdout);
    const text = JSON.stringify(report.findings.map((f: any) => [f.route, f.message, f.field]));
    const missing = placement.echo ? PAYLOAD_NAMES.filter((n) => !placement.skip?.(n) && !text.includes(JSON.stringify(placement.echo!(PAYLOADS[n]!)).slice(1, -1))) : [];
    console.log(placement.slug, report.findings.length, report.findings.filter((f: any) => f.rule === 'manifest-invalid').length, 'missing echo:', missing.join(', '), [...new Set(report.findings.map((f: any) => f.rule))].join(' '));
  }
  const all = await cliInProcess(['check', '--today', '2026-11-23', '--format', 'json'], repo.root);
  console.log(all.code, all.stderr, JSON.parse(all.stdout).summary, JSON.parse(all.stdout).policy);
});
