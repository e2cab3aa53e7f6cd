import { isUuid } from "~/platform/http/is-uuid.server";

export interface SaveBase {
  base: { version: number; body: string };
  saveId: string | undefined;
}

/**
 * The version and text a posted save started from, and its id (the browser makes one per text and
 * base, so a repeat is recognised). Undefined when the form names no base (a page from before);
 * "invalid" when it names one badly. Trusting the posted base text reveals nothing: whoever may save
 * a text may read it, and the merge only joins texts this person may read.
 */
export function readSaveBase(
  form: FormData,
  maxLength: number,
  names: { revision: string; body: string; saveId?: string } = {
    revision: "baseRevision",
    body: "baseBody",
    saveId: "saveId",
  },
): SaveBase | "invalid" | undefined {
  const revision = form.get(names.revision);
  if (revision === null) return undefined;
  const body = form.get(names.body) ?? "";
  const saveId = names.saveId ? (form.get(names.saveId) ?? undefined) : undefined;
  const version = typeof revision === "string" && /^\d{1,9}$/.test(revision) ? Number(revision) : Number.NaN;
  if (!Number.isInteger(version) || typeof body !== "string" || body.length > maxLength) return "invalid";
  if (saveId !== undefined && (typeof saveId !== "string" || !isUuid(saveId))) return "invalid";
  return { base: { version, body: body.replace(/\r\n?/g, "\n") }, saveId };
}
