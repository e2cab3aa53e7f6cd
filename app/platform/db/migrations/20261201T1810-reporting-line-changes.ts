import { type Kysely, sql } from "kysely";

// Frozen in time. Issue 13, finding 10: the reporting line (users.nearest_leader_id, which an
// administrator's import may change) and the nearest leader who accepted the leader's latest
// invitation (who holds her dialogues and sees what she shares) become two columns, so an import no
// longer hands a dialogue to someone the leader never invited. Filled in with today's access: the
// nearest leader counts as accepted where they took part in one of the leader's dialogues.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("accepted_nearest_leader_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .execute();
  await db.schema
    .createIndex("users_accepted_nearest_leader_idx")
    .on("users")
    .column("accepted_nearest_leader_id")
    .execute();
  await sql`
    update users set accepted_nearest_leader_id = nearest_leader_id
    where nearest_leader_id is not null
      and exists (
        select 1 from dialogues
        where dialogues.leader_id = users.id
          and dialogues.nearest_leader_id = users.nearest_leader_id
          and dialogues.status <> 'cancelled'
      )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_accepted_nearest_leader_idx").execute();
  await db.schema.alterTable("users").dropColumn("accepted_nearest_leader_id").execute();
}
