import type { Kysely } from "kysely";
import type { TextCipher } from "~/platform/crypto/text-cipher.server";
import type { Database, DB } from "./database.server";
import { SEALED_COLUMNS, type SealedTable } from "./seal-texts-plugin.server";

/** How each table with sealed columns names one row. */
const ROW_KEYS: { readonly [Table in SealedTable]: readonly (keyof Database[Table] & string)[] } = {
  cycle_texts: ["cycle_id", "text_key"],
  agreements: ["id"],
  dialogue_notes: ["dialogue_id"],
  dialogue_agenda_items: ["id"],
  sso_connections: ["organisation_id"],
  saml_service_keys: ["id"],
  people_uploads: ["id"],
};

/**
 * Waiting people files are dropped rather than sealed again: each may be megabytes (a batch of them
 * would not fit in memory), and they live an hour anyway; the administrator chooses the file again.
 */
const DROPPED_NOT_RESEALED: ReadonlySet<SealedTable> = new Set(["people_uploads"]);

const BATCH = 500;

// The tables are named at run time here, so the typed schema cannot help: one loose view of it.
type LooseDatabase = Kysely<Record<string, Record<string, string>>>;

/**
 * Seals every text that is not sealed with the current key: texts written before encryption
 * existed, and after a key rotation the texts an old key sealed. Runs at start-up (cheap when there
 * is nothing to do) and from `rotate-key`. Each row is rewritten only if it still holds what was
 * read, so a save that lands in between is never overwritten; revisions and times stay as they are.
 * Returns how many texts were sealed again.
 */
export async function sealAllTexts(db: DB, cipher: TextCipher): Promise<number> {
  const sealedDb = db as unknown as LooseDatabase;
  const raw = db.withoutPlugins() as unknown as LooseDatabase;
  const current = `ld1.${cipher.currentKeyId}.%`;
  let count = 0;
  for (const table of Object.keys(SEALED_COLUMNS) as SealedTable[]) {
    if (DROPPED_NOT_RESEALED.has(table)) {
      for (const column of SEALED_COLUMNS[table])
        await raw.deleteFrom(table).where(column, "not like", current).execute();
      continue;
    }
    const columns: readonly string[] = SEALED_COLUMNS[table];
    const keys: readonly string[] = ROW_KEYS[table];
    for (const column of columns) {
      let lastBatch = "";
      for (;;) {
        const rows = await raw
          .selectFrom(table)
          .select([...keys, column])
          .where(column, "!=", "")
          .where(column, "not like", current)
          .limit(BATCH)
          .execute();
        if (rows.length === 0) break;
        // A batch that comes back the same made no progress (rows that cannot change): stop, loudly.
        const batchId = JSON.stringify(rows[0]);
        if (batchId === lastBatch) throw new Error(`sealing ${table}.${column} made no progress`);
        lastBatch = batchId;
        for (const row of rows) {
          const stored = row[column] ?? "";
          let update = sealedDb
            .updateTable(table)
            .set({ [column]: cipher.open(stored) })
            .where(column, "=", stored);
          for (const key of keys) update = update.where(key, "=", row[key] ?? "");
          const result = await update.executeTakeFirst();
          count += Number(result.numUpdatedRows);
        }
      }
    }
  }
  return count;
}
