import type { Insertable, Selectable, Updateable } from "kysely";

export interface UsersTable {
  id: string;
  organisation_id: string;
  /** Stored trimmed and lower-cased: the unique sign-in name. */
  email: string;
  name: string;
  /** argon2id hash; null for accounts that sign in only through single sign-on. */
  password_hash: string | null;
  /** The user's own language setting ("da" | "en"); null means "follow cookie / browser". */
  locale: string | null;
  /** The reporting line: set by an administrator's import, or by accepting the leader's invitation. */
  nearest_leader_id: string | null;
  /**
   * The nearest leader who accepted this leader's latest invitation: only they open her dialogues and
   * see what she shares, until she invites someone else and that person accepts (decision 029).
   */
  accepted_nearest_leader_id: string | null;
  /** The person's unit in the organisation (set by an administrator), if any. */
  unit_id: string | null;
  /** 1 = active, 0 = deactivated (data kept). SQLite has no boolean, so both engines use 0/1. */
  is_active: number;
  /** When the address was shown to be the person's (ISO time); null until then. */
  email_verified_at: string | null;
  /** When the credentials last changed (reset, reclaim): older sessions and device cookies lapse. */
  credentials_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
