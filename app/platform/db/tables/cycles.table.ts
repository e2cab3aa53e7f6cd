import type { Selectable } from "kysely";

export type CycleStatus = "active" | "archived";

/** A forløb: one kontrakt for 6–12 months. A leader has at most one active cycle; older ones are archived. */
export interface CyclesTable {
  id: string;
  organisation_id: string;
  user_id: string;
  status: CycleStatus;
  /** The step-1 theme the leader was last on, to resume there. */
  current_theme: string | null;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export type Cycle = Selectable<CyclesTable>;
