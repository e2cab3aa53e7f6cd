import { data } from "react-router";
import { ensureSamlServiceKeys, samlKeyName } from "~/features/sso/saml-service-keys.server";
import { samlServiceMetadata } from "~/features/sso/saml-service-metadata.server";
import { findSsoOrganisationBySlug } from "~/features/sso/sso-connections.server";
import { ssoUrls } from "~/features/sso/sso-urls";
import { servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/sso-saml-metadata.route";

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
