import type { Selectable } from "kysely";

/** A unit of an organisation; `path` ("Social og Sundhed / Hjemmeplejen") is unique per organisation. */
export interface UnitsTable {
  id: string;
  organisation_id: string;
  parent_id: string | null;
  name: string;
  path: string;
  created_at: string;
}

export type Unit = Selectable<UnitsTable>;
