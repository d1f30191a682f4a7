// Help texts for `--help` and `help COMMAND`.
import { FORMATS } from '../report/index.js';
import type { CommandName } from './args.js';

const GENERAL = `image-route-policy — stop unsafe AI image-generation routes before production

Usage: image-route-policy <command> [options]

Commands:
  check [PATH|GLOB ...]   evaluate manifests and the image-API calls in the source (default: everything here)
  scan [PATH|GLOB ...]    list the image-API call sites in the source and the route each is tied to
  stale [--within DAYS]   routes whose checked date is stale or goes stale within DAYS (14)
  init [--from-code]      write a starter image-routes.yml and ${'.github/image-route-policy.yml'};
                          --from-code: one route per distinct call the source makes
  rules [ID]              the rule catalog, or one rule's explanation, defaults and options
  explain                 the resolved policy and where each value came from
  models [ID|PROVIDER]    the model catalog as of today: status, shutdown day, replacement, source
  fix [PATH|GLOB ...]     apply the safe fixes (a misspelt key or value with one close match); --dry-run: the diff
  touch ROUTE ... [--tested]  after verifying a route again: set its checked (and tested.date) to today
  schema manifest|policy|report|models|providers   print a JSON Schema

Options:
  -h, --help              help (also: image-route-policy help COMMAND)
  -v, --version           the version

Exit codes: 0 pass, 1 findings at or above failOn, 2 configuration or usage error, 3 internal error.
`;

const POLICY_OPTIONS = `  -p, --policy REF        policy file, built-in preset (minimal, recommended, strict) or
                          OWNER/REPO/PATH@REF (default: .github/image-route-policy.yml, else recommended)
      --today YYYY-MM-DD  evaluate as of this day (default: today, UTC)
      --token TOKEN       token for remote presets (default: $GITHUB_TOKEN; API: $GITHUB_API_URL)`;
const FORMAT_OPTION = `  -f, --format FORMAT[=FILE]  ${FORMATS.join('|')}; repeat to write several, FILE instead of stdout`;

const COMMAND_HELP: Record<CommandName, string> = {
  check: `Usage: image-route-policy check [PATH|GLOB ...] [options]
       image-route-policy check --changed [FILE ...] [options]

Evaluates the manifests found under the given paths (folders are searched, skipping node_modules and
.git) or matching the globs, with the policy, and reports every finding. The same walk reads the source
files there for image-API calls and ties each to a route (route-undeclared, route-drift, route-unused);
given paths, only those are read.

With --changed, the FILEs are the files a change touches (the pre-commit hook passes the staged ones,
relative to the current folder): the whole repository is judged from its root, so a call in one file
is tied to a route declared in any manifest, but only the findings located in those FILEs are
reported, counted and decide the exit code. A FILE that no longer exists (deleted) is skipped.

${FORMAT_OPTION}
${POLICY_OPTIONS}
      --fail-on LEVEL     error|warning|never: the lowest severity that fails (default: the policy's failOn)
      --require-manifest  exit 1 when no manifest is found (default: exit 0 with a notice)
  -q, --quiet             show only open errors
      --no-scan           judge the manifests alone; read no source
      --changed           judge the whole repository; report only findings in the given FILEs
`,
  scan: `Usage: image-route-policy scan [PATH|GLOB ...] [options]

Lists the image-API call sites in the source (SDK calls and HTTP calls to image endpoints of the
provider catalog) with the route each is tied to, without judging. Exits 0 unless the command fails.

  -f, --format FORMAT[=FILE]  text|json|markdown
${POLICY_OPTIONS}
`,
  stale: `Usage: image-route-policy stale [PATH|GLOB ...] [--within DAYS] [options]

Lists routes whose checked date is stale today or goes stale within DAYS (default 14), trials that end
in that window, and routes without a checked date, with the day each goes stale. Exits 0 unless the
configuration is invalid.

  -f, --format FORMAT[=FILE]  text|json
${POLICY_OPTIONS}
      --within DAYS       the look-ahead window (default 14)
`,
  init: `Usage: image-route-policy init [--from-code [PATH|GLOB ...]]

Writes a commented starter image-routes.yml and .github/image-route-policy.yml in the current folder.
Existing files are never overwritten.

With --from-code, reads the source instead and writes image-routes.yml with one route per distinct
provider, model and endpoint the code calls: the facts the code shows filled in, every fact a person
must supply written as \`unknown\` with a comment saying what to find out. With a manifest already
there, prints the routes to add for the calls no route covers.
`,
  rules: `Usage: image-route-policy rules [ID] [--format text|json]

Without ID, lists every rule with its default severity per stage
(production/internal/demo/exploration). With ID, explains the rule, its defaults and options.
`,
  explain: `Usage: image-route-policy explain [--policy REF] [--format text|json]

Prints the resolved policy: every rule's severity per stage and options, and which preset or file set
each value, then overrides and waivers.

${POLICY_OPTIONS}
`,
  schema: `Usage: image-route-policy schema manifest|policy|report|models|providers

Prints the JSON Schema of the manifest, the policy file, the JSON report, or the model and provider
catalogs (policies/models.yml, policies/providers.yml).
`,
  models: `Usage: image-route-policy models [ID|PROVIDER] [--retiring-within DAYS] [options]

Prints the model catalog as of --today, with the policy's \`models:\` and \`providers:\` corrections:
each model's status on that day, its shutdown day, the replacement its vendor advises, and its
source. ID may be a model id, snapshot or alias; PROVIDER any name of a provider.

  -f, --format FORMAT[=FILE]  text|json
${POLICY_OPTIONS}
      --retiring-within DAYS  only models whose shutdown day is from today to DAYS later
                              (what retires in the next 30 days: models --retiring-within 30)
`,
  fix: `Usage: image-route-policy fix [PATH|GLOB ...] [--dry-run] [--suggestions] [options]

Applies the safe fixes of the manifests' open findings in place: a misspelt key or enum value with
exactly one close match (\`keyowner\` → \`keyOwner\`, \`offical-api\` → \`official-api\`). Only the
fixed words change; comments, layout and quoting stay. A fix never writes a fact a person must verify.

      --dry-run           print the changes as a unified diff; write nothing
      --suggestions       also apply suggestions, which can change what a route means: a retired
                          model replaced by the one model its vendor advises
${POLICY_OPTIONS}
`,
  touch: `Usage: image-route-policy touch ROUTE ... [--tested] [--today YYYY-MM-DD]

Run it after a person has verified a route's facts again (owner, billing, limits, terms): sets the
route's \`checked\` to today, and with --tested its \`tested.date\` too. The manifest is edited in
place: comments, blank lines, key order and quoting stay as they are. ROUTE is a route id, or
FILE:ROUTE when two manifests use the same id. Nothing is written unless every route was found.

      --tested            also set tested.date (the route must already have a tested: block)
      --today YYYY-MM-DD  the date to write (default: today, UTC)
`,
};

export function helpText(command?: CommandName): string {
  return command ? COMMAND_HELP[command] : GENERAL;
}
