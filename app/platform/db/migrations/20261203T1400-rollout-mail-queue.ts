import { type Kysely, sql } from "kysely";

// Frozen in time. A roll-out no longer mails its leaders within the request that confirms it (at
// 100,000 leaders that request read every leader and mailed for minutes; issue 16's review): the
// request queues one recipient row per leader, and a sender claims and mails them a batch at a
// time (decision 052). `queued_count` is how many the roll-out queued, so the page can say how many
// still wait without counting the queue. The partial index finds the unsent rows; the sent ones,
// most of the table in time, are not in it.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("rollouts")
    .addColumn("queued_count", "integer", (col) => col.notNull().defaultTo(0))
    .execute();
  // Roll-outs from before were mailed at once: all they queued is mailed or failed.
  await db.updateTable("rollouts").set({ queued_count: sql`mailed_count + failed_count` }).execute();
  await db.schema
    .createIndex("rollout_recipients_unsent_idx")
    .on("rollout_recipients")
    .column("claimed_at")
    .where(sql.ref("sent_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("rollout_recipients_unsent_idx").execute();
  await db.schema.alterTable("rollouts").dropColumn("queued_count").execute();
}
