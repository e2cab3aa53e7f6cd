import type { Migration } from "kysely";
import * as foundation from "./20261128T0330-foundation";
import * as cyclesAndKontrakt from "./20261128T0420-cycles-and-kontrakt";
import * as kontraktShares from "./20261128T0500-kontrakt-shares";
import * as dialoguesAndInvitations from "./20261128T0510-dialogues-and-invitations";
import * as meetings from "./20261128T0520-meetings";
import * as reminders from "./20261128T0530-reminders";
import * as shareReads from "./20261128T0540-share-reads";
import * as units from "./20261128T0550-units";
import * as singleSignOn from "./20261128T0600-single-sign-on";
import * as rollouts from "./20261128T0610-rollouts";
import * as retention from "./20261128T0620-retention";
import * as overviewIndex from "./20261128T0630-overview-index";
import * as emailVerified from "./20261201T1700-email-verified";
import * as emailVerification from "./20261201T1710-email-verification";
import * as ssoLinkProofs from "./20261201T1720-sso-link-proofs";
import * as verifiedDomains from "./20261201T1730-verified-domains";
import * as samlAssertionReplay from "./20261201T1740-saml-assertion-replay";
import * as signInThrottle from "./20261201T1800-sign-in-throttle";
import * as reportingLineChanges from "./20261201T1810-reporting-line-changes";
import * as credentialsChanged from "./20261201T1820-credentials-changed";
import * as calendarLifecycle from "./20261201T1910-calendar-lifecycle";
import * as samlServiceKeys from "./20261201T1920-saml-service-keys";
import * as recentSaveIds from "./20261201T1940-recent-save-ids";
import * as rolloutPasswordLinks from "./20261201T2000-rollout-password-links";
import * as agreementOwner from "./20261201T2010-agreement-owner";
import * as listIndexes from "./20261201T2020-list-indexes";
import * as peopleUploads from "./20261201T2120-people-uploads";
import * as agreementsDialogueIndex from "./20261202T1600-agreements-dialogue-index";
import * as rolloutMailQueue from "./20261203T1400-rollout-mail-queue";

/**
 * All migrations by name. Listed here (not read from disk) because the server is one bundled file.
 * Names start with a timestamp so that Kysely's alphabetical order is the order they were written.
 */
export const migrations: Record<string, Migration> = {
  "20261128T0330-foundation": foundation,
  "20261128T0420-cycles-and-kontrakt": cyclesAndKontrakt,
  "20261128T0500-kontrakt-shares": kontraktShares,
  "20261128T0510-dialogues-and-invitations": dialoguesAndInvitations,
  "20261128T0520-meetings": meetings,
  "20261128T0530-reminders": reminders,
  "20261128T0540-share-reads": shareReads,
  "20261128T0550-units": units,
  "20261128T0600-single-sign-on": singleSignOn,
  "20261128T0610-rollouts": rollouts,
  "20261128T0620-retention": retention,
  "20261128T0630-overview-index": overviewIndex,
  "20261201T1700-email-verified": emailVerified,
  "20261201T1710-email-verification": emailVerification,
  "20261201T1720-sso-link-proofs": ssoLinkProofs,
  "20261201T1730-verified-domains": verifiedDomains,
  "20261201T1740-saml-assertion-replay": samlAssertionReplay,
  "20261201T1800-sign-in-throttle": signInThrottle,
  "20261201T1810-reporting-line-changes": reportingLineChanges,
  "20261201T1820-credentials-changed": credentialsChanged,
  "20261201T1910-calendar-lifecycle": calendarLifecycle,
  "20261201T1920-saml-service-keys": samlServiceKeys,
  "20261201T1940-recent-save-ids": recentSaveIds,
  "20261201T2000-rollout-password-links": rolloutPasswordLinks,
  "20261201T2010-agreement-owner": agreementOwner,
  "20261201T2020-list-indexes": listIndexes,
  "20261201T2120-people-uploads": peopleUploads,
  "20261202T1600-agreements-dialogue-index": agreementsDialogueIndex,
  "20261203T1400-rollout-mail-queue": rolloutMailQueue,
};
