import type { Tx } from "~/platform/db/database.server";

/**
 * Holds the organisation's unit tree for the rest of the transaction. A move checks the tree for
 * loops and clashes and then rewrites paths; two such changes at once (or a change and an import)
 * could each pass their check and together leave a loop or a stale path. A write to the
 * organisation's row orders them on both engines: PostgreSQL locks the row until commit, and SQLite
 * takes its one write lock.
 */
export async function lockUnitTree(tx: Tx, organisationId: string): Promise<void> {
  await tx
    .updateTable("organisations")
    .set((eb) => ({ name: eb.ref("name") }))
    .where("id", "=", organisationId)
    .execute();
}
