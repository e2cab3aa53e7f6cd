import { data, redirect } from "react-router";
import { servicesContext } from "~/.server/context";
import { withPlainErrorPages } from "~/.server/http/plain-page";
import { receiveOidcCallback, UnknownSsoOrganisation } from "~/.server/sso/sso-flow";
import type { Route } from "./+types/sso-oidc-callback";

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
