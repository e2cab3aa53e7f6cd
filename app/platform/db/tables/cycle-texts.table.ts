import type { Generated, Selectable } from "kysely";

/**
 * Everything the leader writes in a cycle as free text, by key: step-1 notes ("note:goals",
 * "note:goals:q2", "note:goals:side:employees") and the kontrakt's text fields ("kontrakt:goals").
 * One table, one autosave path (app/features/cycles/text-keys.ts lists the keys).
 */
export interface CycleTextsTable {
  cycle_id: string;
  organisation_id: string;
  text_key: string;
  body: string;
  /** Goes up by one with every save, so a client can tell whether it saw the latest version. */
  revision: number;
  /** The ids of the last saves, space-separated: a save sent twice is recognised (save-merged.server.ts). */
  recent_save_ids: Generated<string>;
  updated_at: string;
}

export type CycleText = Selectable<CycleTextsTable>;
