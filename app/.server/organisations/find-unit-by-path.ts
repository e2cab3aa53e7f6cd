import type { Executor } from "../db/database";
import { UNIT_PATH_SEPARATOR } from "./unit-tree";

/**
 * The organisation's unit with this whole path, however its parts were spaced around the "/"
 * ("Social og Sundhed/Hjemmeplejen" finds "Social og Sundhed / Hjemmeplejen"). Paths are unique.
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
  return db
    .selectFrom("units")
    .select(["id", "path"])
    .where("organisation_id", "=", options.organisationId)
    .where("path", "=", path)
    .executeTakeFirst();
}
