import type { DB } from "~/platform/db/database.server";
import type { SecurityEventKind } from "~/platform/db/tables/security-events.table";

/** The security-log events written for an address, sorted, for comparing with an expected list. */
export async function securityEventsFor(db: DB, email: string): Promise<SecurityEventKind[]> {
  const rows = await db.selectFrom("security_events").select("event").where("email", "=", email).execute();
  return rows.map((row) => row.event).sort();
}
