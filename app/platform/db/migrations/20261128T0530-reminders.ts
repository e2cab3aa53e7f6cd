import type { Kysely } from "kysely";

// Frozen in time. E-mail reminders (issue 4, item 6): one row per reminder that a process has claimed
// or sent, so that several processes sharing one database send each reminder once; and the kinds of
// reminder each user has switched off with the one-click unsubscribe link.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reminder_deliveries")
    // "dialoguePrepare" | "followUpDue" | "followUpOverdue".
    .addColumn("kind", "text", (col) => col.notNull())
    // A dialogue's or an agreement's id, depending on the kind: no foreign key for that reason.
    .addColumn("subject_id", "text", (col) => col.notNull())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    // Which time the reminder is for ("2026-12-01" or "2026-12-01T10:00"): a moved dialogue or the
    // next repeat of a follow-up is a new reminder.
    .addColumn("occurrence", "text", (col) => col.notNull())
    // A random id per claim, so that only the process that claimed a row marks or releases it.
    .addColumn("claim_id", "text", (col) => col.notNull())
    .addColumn("claimed_at", "text", (col) => col.notNull())
    .addColumn("sent_at", "text")
    // The key that decides which process sends: an insert that conflicts with it claims nothing.
    .addPrimaryKeyConstraint("reminder_deliveries_pk", ["kind", "subject_id", "user_id", "occurrence"])
    .execute();

  await db.schema
    .createTable("mail_unsubscribes")
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("kind", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("mail_unsubscribes_pk", ["user_id", "kind"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("mail_unsubscribes").execute();
  await db.schema.dropTable("reminder_deliveries").execute();
}
