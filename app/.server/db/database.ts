import type { Kysely, Transaction } from "kysely";
import type { OrganisationsTable } from "./tables/organisations.table";
import type { PasswordResetTokensTable } from "./tables/password-reset-tokens.table";
import type { SecurityEventsTable } from "./tables/security-events.table";
import type { SessionsTable } from "./tables/sessions.table";
import type { UserRolesTable } from "./tables/user-roles.table";
import type { UsersTable } from "./tables/users.table";

export interface Database {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  security_events: SecurityEventsTable;
}

export type DB = Kysely<Database>;
/** Data functions take `DB | Tx` first so that callers can compose them in one transaction. */
export type Tx = Transaction<Database>;
export type Executor = DB | Tx;
