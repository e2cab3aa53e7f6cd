import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { Organisation } from "~/platform/db/tables/organisations.table";
import { nowDbTime } from "~/platform/db/time.server";

export const DEFAULT_ORGANISATION_SLUG = "default";

/**
 * Leaders who sign up on their own belong to the default organisation, so every row can carry an
 * organisation id from the first day. Idempotent, and safe when two processes start at once.
 */
export async function ensureDefaultOrganisation(db: Executor): Promise<Organisation> {
  await db
    .insertInto("organisations")
    .values({ id: newId(), name: "Lederdialog", slug: DEFAULT_ORGANISATION_SLUG, created_at: nowDbTime() })
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  return db
    .selectFrom("organisations")
    .select(["id", "name", "slug", "is_password_sign_in_allowed", "retention_months", "created_at"])
    .where("slug", "=", DEFAULT_ORGANISATION_SLUG)
    .executeTakeFirstOrThrow();
}
