import type { Executor } from "~/platform/db/database.server";
import type { Organisation } from "~/platform/db/tables/organisations.table";
import type { SsoConnection } from "~/platform/db/tables/sso.table";

const CONNECTION_COLUMNS = [
  "organisation_id",
  "protocol",
  "oidc_issuer",
  "oidc_client_id",
  "oidc_client_secret",
  "saml_entry_point",
  "saml_idp_issuer",
  "saml_idp_certificate",
  "saml_contact_email",
  "updated_at",
] as const;

export interface SsoOrganisation {
  organisation: Pick<Organisation, "id" | "name" | "slug">;
  connection: SsoConnection;
}

/** The organisation behind /sso/:slug, when it has an identity provider. */
export async function findSsoOrganisationBySlug(
  db: Executor,
  slug: string,
): Promise<SsoOrganisation | undefined> {
  const organisation = await db
    .selectFrom("organisations")
    .select(["id", "name", "slug"])
    .where("slug", "=", slug)
    .executeTakeFirst();
  if (!organisation) return undefined;
  const connection = await findSsoConnection(db, organisation.id);
  return connection ? { organisation, connection } : undefined;
}

export async function findSsoConnection(
  db: Executor,
  organisationId: string,
): Promise<SsoConnection | undefined> {
  return db
    .selectFrom("sso_connections")
    .select(CONNECTION_COLUMNS)
    .where("organisation_id", "=", organisationId)
    .executeTakeFirst();
}

/** The organisation's proven domains: the only ones its identity provider may speak for. */
export async function listEmailDomains(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("sso_email_domains")
    .select("domain")
    .where("organisation_id", "=", organisationId)
    .where("verified_at", "is not", null)
    .orderBy("domain")
    .execute();
  return rows.map((row) => row.domain);
}
