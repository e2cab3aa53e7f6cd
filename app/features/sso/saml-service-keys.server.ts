import { isUniqueViolation } from "~/platform/db/constraint-violation.server";
import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { SamlServiceKey, SamlServiceKeyRole } from "~/platform/db/tables/sso.table";
import { nowDbTime } from "~/platform/db/time.server";
import { makeSamlKeyPair } from "./make-saml-key-pair.server";

// Our key pairs as a SAML service provider (decision 033). Rotation in three steps, so that the
// identity provider (KOMBIT's Context Handler reads metadata uploaded by hand) always knows a key
// before we use it and can still use the one it knows until it has read the new metadata:
//   1. prepare: a "next" key is made and published (signing and encryption) beside the current one;
//   2. activate: "next" becomes "current" (signs from now on), "current" becomes "previous"
//      (still decrypts and is published), any older "previous" goes;
//   3. remove: "previous" goes, once the identity provider has the new metadata.

/** What our certificate is called: the service and the organisation, for whoever reads the metadata. */
export function samlKeyName(publicUrl: URL, slug: string): string {
  return `Lederdialog ${publicUrl.hostname} ${slug}`;
}

const ORDER: Record<SamlServiceKeyRole, number> = { current: 0, next: 1, previous: 2 };

/** The organisation's keys, the signing one first. Private keys are opened by the seal plugin. */
export async function listSamlServiceKeys(db: Executor, organisationId: string): Promise<SamlServiceKey[]> {
  const keys = await db
    .selectFrom("saml_service_keys")
    .select(["id", "organisation_id", "role", "private_key", "certificate", "created_at"])
    .where("organisation_id", "=", organisationId)
    .execute();
  return keys.sort((a, b) => ORDER[a.role] - ORDER[b.role]);
}

/**
 * The keys, with a current one made first if there is none (a SAML connection saved before keys
 * existed, or just now). Two requests at once make one: the unique key (organisation, role) decides.
 */
export async function ensureSamlServiceKeys(
  db: Executor,
  options: { organisationId: string; commonName: string },
): Promise<SamlServiceKey[]> {
  const keys = await listSamlServiceKeys(db, options.organisationId);
  if (keys.some((key) => key.role === "current")) return keys;
  await insertKey(db, { ...options, role: "current" });
  return listSamlServiceKeys(db, options.organisationId);
}

/** Step 1. Nothing changes when a next key is already waiting. */
export async function prepareNextSamlServiceKey(
  db: Executor,
  options: { organisationId: string; commonName: string },
): Promise<void> {
  await insertKey(db, { ...options, role: "next" });
}

/** Step 2. Returns false when there was no next key (nothing changed). */
export async function activateNextSamlServiceKey(db: Executor, organisationId: string): Promise<boolean> {
  try {
    return await db.transaction().execute(async (tx) => {
      const next = await tx
        .selectFrom("saml_service_keys")
        .select("id")
        .where("organisation_id", "=", organisationId)
        .where("role", "=", "next")
        .executeTakeFirst();
      if (!next) return false;
      const ofOrganisation = (role: SamlServiceKeyRole) =>
        tx
          .updateTable("saml_service_keys")
          .where("organisation_id", "=", organisationId)
          .where("role", "=", role);
      await tx
        .deleteFrom("saml_service_keys")
        .where("organisation_id", "=", organisationId)
        .where("role", "=", "previous")
        .execute();
      await ofOrganisation("current").set({ role: "previous" }).execute();
      await ofOrganisation("next").set({ role: "current" }).where("id", "=", next.id).execute();
      return true;
    });
  } catch (error) {
    // Two activations at once (a double click): the other one did it.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Step 3. */
export async function removePreviousSamlServiceKey(db: Executor, organisationId: string): Promise<void> {
  await db
    .deleteFrom("saml_service_keys")
    .where("organisation_id", "=", organisationId)
    .where("role", "=", "previous")
    .execute();
}

async function insertKey(
  db: Executor,
  options: { organisationId: string; commonName: string; role: SamlServiceKeyRole },
): Promise<void> {
  const pair = await makeSamlKeyPair(options.commonName);
  await db
    .insertInto("saml_service_keys")
    .values({
      id: newId(),
      organisation_id: options.organisationId,
      role: options.role,
      private_key: pair.privateKey,
      certificate: pair.certificate,
      created_at: nowDbTime(),
    })
    .onConflict((conflict) => conflict.columns(["organisation_id", "role"]).doNothing())
    .execute();
}
