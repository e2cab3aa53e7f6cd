import { data, redirect } from "react-router";
import { receiveOidcCallback, UnknownSsoOrganisation } from "~/features/sso/sso-flow.server";
import { servicesContext } from "~/platform/context/context.server";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import type { Route } from "./+types/sso-oidc-callback.route";

/** Where the OpenID Connect provider sends the browser back; the finish step makes the session. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    try {
      const next = await receiveOidcCallback(context.get(servicesContext), {
        slug: params.slug,
        url: new URL(request.url),
      });
      return redirect(next.pathname);
    } catch (error) {
      if (error instanceof UnknownSsoOrganisation) throw data(null, { status: 404 });
      throw error;
    }
  });
}
