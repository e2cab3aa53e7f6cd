import { z } from "zod";
import { ROLES } from "~/identity/roles";
import { accountEmail } from "./auth";

// The administrator's page for one person (issue 15): name, roles, unit (its whole path) and
// nearest leader (an address). The server then runs the import's own checks on it. Errors are
// catalog keys.
export const personSchema = z.object({
  name: z
    .string({ error: "validation.nameRequired" })
    .trim()
    .min(1, { error: "validation.nameRequired" })
    .max(200, { error: "validation.nameTooLong" }),
  roles: z.array(z.enum(ROLES, { error: "validation.formInvalid" })).default([]),
  unitPath: z.string().trim().max(2000, { error: "admin.units.error.parentNotFound" }).optional(),
  nearestLeaderEmail: accountEmail.optional(),
});

export const PERSON_FIELD_ORDER = ["name", "roles", "unitPath", "nearestLeaderEmail"] as const;
