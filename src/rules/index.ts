// The rule catalog (spec: rules.md), in the order the docs and `rules` list them.
import type { RuleSetting } from '../policy/types.js';
import appAccessAsApi from './app-access-as-api.js';
import billingTriggerMissing from './billing-trigger-missing.js';
import checkedDateFuture from './checked-date-future.js';
import checkedDateMissing from './checked-date-missing.js';
import checkedDateStale from './checked-date-stale.js';
import dataTermsMissing from './data-terms-missing.js';
import { catalogStale, manifestInvalid, waiverExpired, waiverUnused } from './engine-rules.js';
import failureBillingUnknown from './failure-billing-unknown.js';
import fallbackMissing from './fallback-missing.js';
import fallbackUnresolved from './fallback-unresolved.js';
import freeLabelUnqualified from './free-label-unqualified.js';
import keyOwnerMissing from './key-owner-missing.js';
import limitMissing from './limit-missing.js';
import modelAliasUnmapped from './model-alias-unmapped.js';
import modelRetired from './model-retired.js';
import modelUnnamed from './model-unnamed.js';
import officialApiNotFree from './official-api-not-free.js';
import pathUntested from './path-untested.js';
import routeDrift from './route-drift.js';
import routeUndeclared from './route-undeclared.js';
import routeUnused from './route-unused.js';
import payerUnknown from './payer-unknown.js';
import playgroundInProduction from './playground-in-production.js';
import secretInManifest from './secret-in-manifest.js';
import sharedKeyUserData from './shared-key-user-data.js';
import supportOwnerMissing from './support-owner-missing.js';
import trialExpiring from './trial-expiring.js';
import trialInProduction from './trial-in-production.js';
import type { AnyRule } from './types.js';
import unknownWrapper from './unknown-wrapper.js';
import unlimitedClaimUnproven from './unlimited-claim-unproven.js';
import userPaysConsentMissing from './user-pays-consent-missing.js';

export const RULES: readonly AnyRule[] = [
  keyOwnerMissing,
  billingTriggerMissing,
  checkedDateMissing,
  payerUnknown,
  limitMissing,
  supportOwnerMissing,
  dataTermsMissing,
  fallbackMissing,
  fallbackUnresolved,
  modelUnnamed,
  modelAliasUnmapped,
  modelRetired,
  pathUntested,
  appAccessAsApi,
  playgroundInProduction,
  unknownWrapper,
  trialInProduction,
  trialExpiring,
  failureBillingUnknown,
  officialApiNotFree,
  userPaysConsentMissing,
  unlimitedClaimUnproven,
  freeLabelUnqualified,
  sharedKeyUserData,
  secretInManifest,
  checkedDateStale,
  checkedDateFuture,
  routeUndeclared,
  routeDrift,
  routeUnused,
  manifestInvalid,
  waiverExpired,
  waiverUnused,
  catalogStale,
];

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

/** Old ids kept working after a rename (none yet): policies, waivers and SARIF key on ids. */
export const RULE_ALIASES: ReadonlyMap<string, string> = new Map();

export function ruleById(id: string): AnyRule | undefined {
  return BY_ID.get(RULE_ALIASES.get(id) ?? id);
}

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

/** A rule at its built-in defaults. */
export function defaultSetting(rule: AnyRule): RuleSetting {
  return { severity: rule.meta.defaults, options: rule.meta.options.parse({}) as RuleSetting['options'] };
}
