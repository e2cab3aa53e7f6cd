import * as z from "zod/mini";

export const UNIT_NAME_MAX_LENGTH = 120;

// A unit's name and where it sits (admin: "Enheder"). Errors are catalog keys. A "/" is refused
// outright, not only " / ": the CSV import splits a path at every "/", so a name with one in it
// could never be matched by the next import.
export const unitSchema = z.object({
  name: z.string({ error: "admin.units.error.nameRequired" }).check(
    z.trim(),
    z.minLength(1, { error: "admin.units.error.nameRequired" }),
    z.maxLength(UNIT_NAME_MAX_LENGTH, { error: "admin.units.error.nameTooLong" }),
    z.refine((name) => !name.includes("/"), { error: "admin.units.error.nameHasSlash" }),
  ),
  // Empty (no parent: the unit is at the top) arrives as undefined.
  parentId: z.optional(z.string()),
});

export const UNIT_FIELD_ORDER = ["name", "parentId"] as const;

// Editing a unit: the unit it lies under is written as its whole path ("Social og Sundhed /
// Hjemmeplejen"), not chosen from a list of every unit — a list that grows with the organisation
// (issue 16). Empty: the top level. The server looks the path up and says when there is none.
export const unitEditSchema = z.object({
  name: unitSchema.shape.name,
  parentPath: z.optional(
    z.string().check(z.trim(), z.maxLength(2000, { error: "admin.units.error.parentNotFound" })),
  ),
});

export const UNIT_EDIT_FIELD_ORDER = ["name", "parentPath"] as const;
