import type { Selectable } from "kysely";

export interface SessionsTable {
  /** SHA-256 of the token in the cookie: a copy of the table cannot be used to sign in. */
  id: string;
  user_id: string;
  organisation_id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export type Session = Selectable<SessionsTable>;
