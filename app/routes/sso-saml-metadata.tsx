import { data } from "react-router";
import { servicesContext } from "~/.server/context";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { samlServiceProviderMetadata } from "~/.server/sso/saml-sign-in";
import { findSsoOrganisationBySlug } from "~/.server/sso/sso-connections";
import { ssoUrls } from "~/.server/sso/sso-urls";
import type { Route } from "./+types/sso-saml-metadata";

/** The service provider's SAML metadata (entity ID, ACS URL), to register at the identity provider. */
export async function loader({ params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    const { db, config } = context.get(servicesContext);
    const found = await findSsoOrganisationBySlug(db, params.slug);
    if (found?.connection.protocol !== "saml") throw data(null, { status: 404 });
    const xml = samlServiceProviderMetadata(
      found.connection,
      ssoUrls(config.publicUrl, found.organisation.slug),
    );
    return new Response(xml, { headers: { "Content-Type": "application/samlmetadata+xml; charset=utf-8" } });
  });
}
