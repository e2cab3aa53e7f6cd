import type { Kysely, Transaction } from "kysely";
import type { AgreementChecksTable } from "./tables/agreement-checks.table";
import type { AgreementsTable } from "./tables/agreements.table";
import type { CalendarFeedsTable } from "./tables/calendar-feeds.table";
import type { CycleTextsTable } from "./tables/cycle-texts.table";
import type { CyclesTable } from "./tables/cycles.table";
import type {
  DialogueAgendaItemsTable,
  DialogueNotesTable,
  DialoguesTable,
  InvitationsTable,
} from "./tables/dialogues.table";
import type { EmailVerificationTokensTable } from "./tables/email-verification-tokens.table";
import type { KontraktSharesTable } from "./tables/kontrakt-shares.table";
import type { OrganisationsTable } from "./tables/organisations.table";
import type { PasswordResetTokensTable } from "./tables/password-reset-tokens.table";
import type { PeopleUploadsTable } from "./tables/people-uploads.table";
import type { PreparationTimeTable } from "./tables/preparation-time.table";
import type { MailUnsubscribesTable, ReminderDeliveriesTable } from "./tables/reminders.table";
import type { RolloutRecipientsTable, RolloutsTable } from "./tables/rollouts.table";
import type { SecurityEventsTable } from "./tables/security-events.table";
import type { SessionsTable } from "./tables/sessions.table";
import type { ShareReadsTable } from "./tables/share-reads.table";
import type { SignInThrottlesTable } from "./tables/sign-in-throttles.table";
import type {
  SamlServiceKeysTable,
  SsoConnectionsTable,
  SsoEmailDomainsTable,
  SsoIdentitiesTable,
  SsoLinkProofsTable,
  SsoSignInsTable,
} from "./tables/sso.table";
import type { SsoAttemptCountsTable, SsoUsedAssertionsTable } from "./tables/sso-protection.table";
import type { UnitsTable } from "./tables/units.table";
import type { UserRolesTable } from "./tables/user-roles.table";
import type { UsersTable } from "./tables/users.table";

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  email_verification_tokens: EmailVerificationTokensTable;
  security_events: SecurityEventsTable;
  sign_in_throttles: SignInThrottlesTable;
  cycles: CyclesTable;
  cycle_texts: CycleTextsTable;
  preparation_time: PreparationTimeTable;
  agreements: AgreementsTable;
  agreement_checks: AgreementChecksTable;
  calendar_feeds: CalendarFeedsTable;
  kontrakt_shares: KontraktSharesTable;
  dialogues: DialoguesTable;
  invitations: InvitationsTable;
  dialogue_notes: DialogueNotesTable;
  dialogue_agenda_items: DialogueAgendaItemsTable;
  share_reads: ShareReadsTable;
  units: UnitsTable;
  reminder_deliveries: ReminderDeliveriesTable;
  mail_unsubscribes: MailUnsubscribesTable;
  saml_service_keys: SamlServiceKeysTable;
  sso_connections: SsoConnectionsTable;
  sso_email_domains: SsoEmailDomainsTable;
  sso_identities: SsoIdentitiesTable;
  sso_sign_ins: SsoSignInsTable;
  sso_used_assertions: SsoUsedAssertionsTable;
  sso_attempt_counts: SsoAttemptCountsTable;
  sso_link_proofs: SsoLinkProofsTable;
  rollouts: RolloutsTable;
  rollout_recipients: RolloutRecipientsTable;
  people_uploads: PeopleUploadsTable;
}

export type DB = Kysely<Database>;
/** Data functions take `DB | Tx` first so that callers can compose them in one transaction. */
export type Tx = Transaction<Database>;
export type Executor = DB | Tx;
