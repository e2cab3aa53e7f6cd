import { type Kysely, sql } from "kysely";

// Frozen in time. A roll-out no longer mails its leaders within the request that confirms it (at
// 100,000 leaders that request read every leader and mailed for minutes; issue 16's review): the
// request queues one recipient row per leader, and senders claim and mail them a batch at a time
// (decision 052). Two partial indexes on the unsent rows only (the sent ones are most of the table
// in time): by when they were queued or claimed, for the senders, and by roll-out, for the page
// that says how many of each roll-out still wait.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("rollout_recipients_unsent_idx")
    .on("rollout_recipients")
    .column("claimed_at")
    .where(sql.ref("sent_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("rollout_recipients_unsent_rollout_idx")
    .on("rollout_recipients")
    .column("rollout_id")
    .where(sql.ref("sent_at"), "is", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("rollout_recipients_unsent_rollout_idx").execute();
  await db.schema.dropIndex("rollout_recipients_unsent_idx").execute();
}
