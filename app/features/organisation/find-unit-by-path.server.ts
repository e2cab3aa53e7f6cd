import { sql } from "kysely";
import type { Executor } from "~/platform/db/database.server";
import { UNIT_PATH_SEPARATOR } from "./unit-tree.server";

/**
 * The organisation's unit with this whole path, however its parts were spaced around the "/"
 * ("Social og Sundhed/Hjemmeplejen" finds "Social og Sundhed / Hjemmeplejen") and, when only one
 * unit fits, whatever the case. Paths are unique.
 */
export async function findUnitByPath(
  db: Executor,
  options: { organisationId: string; path: string },
): Promise<{ id: string; path: string } | undefined> {
  const path = options.path
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .join(UNIT_PATH_SEPARATOR);
  if (path === "") return undefined;
  const exact = await db
    .selectFrom("units")
    .select(["id", "path"])
    .where("organisation_id", "=", options.organisationId)
    .where("path", "=", path)
    .executeTakeFirst();
  if (exact) return exact;
  // Typed in another case ("hjemmeplejen"): taken only when it names one unit.
  const folded = await db
    .selectFrom("units")
    .select(["id", "path"])
    .where("organisation_id", "=", options.organisationId)
    .where(sql<string>`lower(path)`, "=", path.toLowerCase())
    .limit(2)
    .execute();
  return folded.length === 1 ? folded[0] : undefined;
}
