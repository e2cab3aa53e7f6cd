import type { Kysely } from "kysely";

// Frozen in time: this migration never imports app code, so later changes cannot alter what it does.
// Every column type is one both SQLite and PostgreSQL accept (text ids, ISO-8601 text times, 0/1).

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("slug", "text", (col) => col.notNull().unique())
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("email", "text", (col) => col.notNull().unique())
    .addColumn("name", "text", (col) => col.notNull())
    .addColumn("password_hash", "text")
    .addColumn("locale", "text")
    .addColumn("nearest_leader_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("is_active", "integer", (col) => col.notNull().defaultTo(1))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("updated_at", "text", (col) => col.notNull())
    .execute();
  await db.schema.createIndex("users_organisation_idx").on("users").column("organisation_id").execute();

  await db.schema
    .createTable("user_roles")
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("role", "text", (col) => col.notNull())
    .addColumn("created_at", "text", (col) => col.notNull())
    .addPrimaryKeyConstraint("user_roles_pk", ["user_id", "role"])
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("last_used_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("password_reset_tokens")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("user_id", "text", (col) => col.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (col) => col.notNull().references("organisations.id"))
    .addColumn("created_at", "text", (col) => col.notNull())
    .addColumn("expires_at", "text", (col) => col.notNull())
    .addColumn("used_at", "text")
    .execute();

  await db.schema
    .createTable("security_events")
    .addColumn("id", "text", (col) => col.primaryKey())
    .addColumn("organisation_id", "text", (col) => col.references("organisations.id"))
    .addColumn("user_id", "text", (col) => col.references("users.id").onDelete("set null"))
    .addColumn("event", "text", (col) => col.notNull())
    .addColumn("email", "text")
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("created_at", "text", (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex("security_events_email_idx")
    .on("security_events")
    .columns(["event", "email", "created_at"])
    .execute();
  await db.schema
    .createIndex("security_events_ip_idx")
    .on("security_events")
    .columns(["event", "ip", "created_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "security_events",
    "password_reset_tokens",
    "sessions",
    "user_roles",
    "users",
    "organisations",
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
