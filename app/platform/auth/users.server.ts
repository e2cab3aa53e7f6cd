import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Role } from "~/platform/db/tables/user-roles.table";
import type { User } from "~/platform/db/tables/users.table";
import { nowDbTime } from "~/platform/db/time.server";
import { normalizeEmail } from "./normalize-email.server";

// The small, typed queries on users. Explicit column lists: adding a column never leaks it by accident.
const USER_COLUMNS = [
  "id",
  "organisation_id",
  "email",
  "name",
  "password_hash",
  "locale",
  "nearest_leader_id",
  "accepted_nearest_leader_id",
  "unit_id",
  "is_active",
  "email_verified_at",
  "credentials_changed_at",
  "created_at",
  "updated_at",
] as const;

export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  return db.selectFrom("users").select(USER_COLUMNS).where("id", "=", id).executeTakeFirst();
}

export async function findUserByEmail(db: Executor, email: string): Promise<User | undefined> {
  return db
    .selectFrom("users")
    .select(USER_COLUMNS)
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

export interface CreateUserOptions {
  organisationId: string;
  email: string;
  name: string;
  passwordHash: string | null;
  locale?: string | null;
  nearestLeaderId?: string | null;
  /** Only for seeds whose dialogues are written directly: otherwise accepting an invitation sets it. */
  acceptedNearestLeaderId?: string | null;
  unitId?: string | null;
  roles?: Role[];
  /** Set when the address is already proven (an identity provider of a verified domain). */
  emailVerifiedAt?: string | null;
}

/** Creates the user and their roles together; throws on a duplicate e-mail (unique constraint). */
export async function createUser(db: Executor, options: CreateUserOptions): Promise<User> {
  const now = nowDbTime();
  const user: User = {
    id: newId(),
    organisation_id: options.organisationId,
    email: normalizeEmail(options.email),
    name: options.name.trim(),
    password_hash: options.passwordHash,
    locale: options.locale ?? null,
    nearest_leader_id: options.nearestLeaderId ?? null,
    accepted_nearest_leader_id: options.acceptedNearestLeaderId ?? null,
    unit_id: options.unitId ?? null,
    is_active: 1,
    email_verified_at: options.emailVerifiedAt ?? null,
    credentials_changed_at: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto("users").values(user).execute();
  for (const role of options.roles ?? []) {
    await db
      .insertInto("user_roles")
      .values({ organisation_id: user.organisation_id, user_id: user.id, role, created_at: now })
      .execute();
  }
  return user;
}

export async function findUserRoles(db: Executor, userId: string): Promise<Role[]> {
  const rows = await db.selectFrom("user_roles").select("role").where("user_id", "=", userId).execute();
  return rows.map((row) => row.role);
}

export async function updateUserLocale(db: Executor, userId: string, locale: string): Promise<void> {
  await db.updateTable("users").set({ locale, updated_at: nowDbTime() }).where("id", "=", userId).execute();
}

export async function updateUserPasswordHash(
  db: Executor,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db
    .updateTable("users")
    .set({ password_hash: passwordHash, updated_at: nowDbTime() })
    .where("id", "=", userId)
    .execute();
}
