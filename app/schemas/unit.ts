import { z } from "zod";

export const UNIT_NAME_MAX_LENGTH = 120;

// A unit's name and where it sits (admin: "Enheder"). Errors are catalog keys. A "/" is refused
// outright, not only " / ": the CSV import splits a path at every "/", so a name with one in it
// could never be matched by the next import.
export const unitSchema = z.object({
  name: z
    .string({ error: "admin.units.error.nameRequired" })
    .trim()
    .min(1, { error: "admin.units.error.nameRequired" })
    .max(UNIT_NAME_MAX_LENGTH, { error: "admin.units.error.nameTooLong" })
    .refine((name) => !name.includes("/"), { error: "admin.units.error.nameHasSlash" }),
  // Empty (no parent: the unit is at the top) arrives as undefined.
  parentId: z.string().optional(),
});

export const UNIT_FIELD_ORDER = ["name", "parentId"] as const;
