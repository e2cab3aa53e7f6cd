import type { Generated, Insertable, Selectable } from "kysely";

export interface OrganisationsTable {
  id: string;
  name: string;
  /** "default" is the organisation that leaders who sign up on their own belong to. */
  slug: string;
  /** 0 when the organisation signs in only through single sign-on. */
  is_password_sign_in_allowed: Generated<number>;
  /** Archived cycles older than this many months are deleted by the scheduler; null keeps them. */
  retention_months: number | null;
  created_at: string;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
