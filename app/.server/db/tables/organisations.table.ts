import type { Insertable, Selectable } from "kysely";

export interface OrganisationsTable {
  id: string;
  name: string;
  /** "default" is the organisation that leaders who sign up on their own belong to. */
  slug: string;
  created_at: string;
}

export type Organisation = Selectable<OrganisationsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
