import * as z from "zod/mini";
import { accountEmail } from "~/features/account/auth.schema";
import { ROLES } from "~/platform/db/column-values/roles";

/** A person's name at most (the sign-up, the person page and the people file alike). */
export const PERSON_NAME_MAX_LENGTH = 200;
/** A unit path's length at most ("Forvaltning / Afdeling / Team"), on the person page and in the file. */
export const UNIT_PATH_MAX_LENGTH = 2000;

// The administrator's page for one person (issue 15): name, roles, unit (its whole path) and
// nearest leader (an address). The server then runs the import's own checks on it. Errors are
// catalog keys.
export const personSchema = z.object({
  name: z
    .string({ error: "validation.nameRequired" })
    .check(
      z.trim(),
      z.minLength(1, { error: "validation.nameRequired" }),
      z.maxLength(PERSON_NAME_MAX_LENGTH, { error: "validation.nameTooLong" }),
    ),
  roles: z._default(z.array(z.enum(ROLES, { error: "validation.formInvalid" })), []),
  unitPath: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(UNIT_PATH_MAX_LENGTH, { error: "admin.units.error.parentNotFound" })),
  ),
  nearestLeaderEmail: z.optional(accountEmail),
});

export const PERSON_FIELD_ORDER = ["name", "roles", "unitPath", "nearestLeaderEmail"] as const;
