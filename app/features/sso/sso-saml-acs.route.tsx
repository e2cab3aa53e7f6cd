import { data, redirect } from "react-router";
import { receiveSamlResponse, UnknownSsoOrganisation } from "~/features/sso/sso-flow.server";
import { getRequestMeta } from "~/platform/auth/request-meta-from-context.server";
import { servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import type { Route } from "./+types/sso-saml-acs.route";

/*
 * The SAML assertion consumer service: the identity provider's page posts the signed response here
 * from its own site. That is the one cross-site POST this service accepts (server/security.ts lets
 * this path through; a resource route has no React Router Origin check). It signs nobody in by itself:
 * the identity is written on the sign-in attempt and the browser goes on, with a GET that carries
 * the attempt's SameSite cookie, to the finish step.
 */

export async function loader({ context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    throw data(null, { status: 405, headers: { Allow: "POST" } });
  });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  return withPlainErrorPages(context, async () => {
    const form = await readFormData(request);
    const samlResponse = form.get("SAMLResponse");
    const relayState = form.get("RelayState");
    if (typeof samlResponse !== "string" || typeof relayState !== "string") throw data(null, { status: 400 });
    try {
      const next = await receiveSamlResponse(context.get(servicesContext), {
        slug: params.slug,
        samlResponse,
        relayState,
        meta: getRequestMeta(context),
      });
      // 303: the browser follows with a GET.
      return redirect(next.pathname, 303);
    } catch (error) {
      if (error instanceof UnknownSsoOrganisation) throw data(null, { status: 404 });
      throw error;
    }
  });
}
