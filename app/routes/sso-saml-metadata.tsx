import { data } from "react-router";
import { servicesContext } from "~/.server/context";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { ensureSamlServiceKeys, samlKeyName } from "~/.server/sso/saml-service-keys";
import { samlServiceMetadata } from "~/.server/sso/saml-service-metadata";
import { findSsoOrganisationBySlug } from "~/.server/sso/sso-connections";
import { ssoUrls } from "~/sso/sso-urls";
import type { Route } from "./+types/sso-saml-metadata";

/**
 * The service provider's SAML metadata (entity ID, ACS URL, our signing and encryption
 * certificates, NameID format, contact), to register at the identity provider. Public by nature:
 * it holds only certificates, never a private key.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { db, config } = context.get(servicesContext);
    const found = await findSsoOrganisationBySlug(db, params.slug);
    if (found?.connection.protocol !== "saml") throw data(null, { status: 404 });
    const { organisation, connection } = found;
    const urls = ssoUrls(config.publicUrl, organisation.slug);
    const keys = await ensureSamlServiceKeys(db, {
      organisationId: organisation.id,
      commonName: samlKeyName(config.publicUrl, organisation.slug),
    });
    const xml = samlServiceMetadata({
      entityId: urls.samlEntityId.href,
      acsUrl: urls.samlAcs.href,
      keys,
      contactEmail: connection.saml_contact_email,
      organisationName: organisation.name,
    });
    return new Response(xml, { headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8" } });
  });
}
