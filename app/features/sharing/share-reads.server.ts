import type { Executor } from "~/platform/db/database.server";
import type { SharePage } from "~/platform/db/tables/share-reads.table";
import { toDbTime } from "~/platform/db/time.server";
import { localDateInDenmark } from "~/platform/time/local-date";

/** A read within this long of the last logged one only confirms it: the log says "last read" to the minute. */
const LOG_RESOLUTION_MS = 60_000;

/**
 * Logs that the nearest leader read what the leader shares. One row per reader, page and Danish
 * day: a later read that day only moves `last_read_at`. The meeting view refreshes itself every few
 * seconds, so a read within a minute of the last logged one is answered by one lookup, not a write.
 */
export async function logShareRead(
  db: Executor,
  options: { cycleId: string; organisationId: string; readerId: string; page: SharePage; now?: Date },
): Promise<void> {
  const now = options.now ?? new Date();
  const at = toDbTime(now);
  const day = localDateInDenmark(now);
  const logged = await db
    .selectFrom("share_reads")
    .select("last_read_at")
    .where("cycle_id", "=", options.cycleId)
    .where("reader_id", "=", options.readerId)
    .where("page", "=", options.page)
    .where("day", "=", day)
    .executeTakeFirst();
  if (logged && logged.last_read_at > toDbTime(new Date(now.getTime() - LOG_RESOLUTION_MS))) return;
  await db
    .insertInto("share_reads")
    .values({
      cycle_id: options.cycleId,
      organisation_id: options.organisationId,
      reader_id: options.readerId,
      page: options.page,
      day,
      first_read_at: at,
      last_read_at: at,
    })
    .onConflict((oc) =>
      oc.columns(["cycle_id", "reader_id", "page", "day"]).doUpdateSet({ last_read_at: at }),
    )
    .execute();
}

export interface ShareRead {
  readerName: string;
  page: SharePage;
  firstReadAt: string;
  lastReadAt: string;
}

/** The owner's view of the log: who read what they share, newest first. */
export async function listShareReads(db: Executor, cycleId: string): Promise<ShareRead[]> {
  const rows = await db
    .selectFrom("share_reads")
    .innerJoin("users", "users.id", "share_reads.reader_id")
    .select(["users.name", "share_reads.page", "share_reads.first_read_at", "share_reads.last_read_at"])
    .where("share_reads.cycle_id", "=", cycleId)
    .orderBy("share_reads.last_read_at", "desc")
    .limit(100)
    .execute();
  return rows.map((row) => ({
    readerName: row.name,
    page: row.page,
    firstReadAt: row.first_read_at,
    lastReadAt: row.last_read_at,
  }));
}
