import { data } from "react-router";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { setPartShared } from "~/features/sharing/kontrakt-shares.server";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { getOptionalUser } from "~/platform/auth/require-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { isSharedPart } from "~/platform/db/column-values/sharing";
import { withPlainErrorPages } from "~/platform/http/plain-page.server";
import { readFormData } from "~/platform/http/read-form-data.server";
import type { Route } from "./+types/share-part.route";

/**
 * One box on the sharing page, saved the moment it changes (POST only, JSON), like the autosave
 * endpoint beside it: 401 rather than a redirect when the session has ended, so the page can put
 * the box back and say why. Without JavaScript the page's own form saves all boxes at once.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const user = getOptionalUser(context);
  if (!user) return data({ error: "sharingNow.signedOut" }, { status: 401 });
  // Only the address's verified owner shares (the third review of issue 13).
  if (!isEmailVerified(user)) return data({ error: "verifyEmail.verifyBeforeSharing" }, { status: 403 });
  const { db } = context.get(servicesContext);
  const form = await readFormData(request);
  const part = form.get("part");
  const isShared = form.get("isShared");
  if (!isSharedPart(part) || (isShared !== "true" && isShared !== "false")) {
    return data({ error: "validation.formInvalid" }, { status: 400 });
  }
  const cycle = await ensureActiveCycle(db, user);
  // A page from an earlier cycle must not change what the current one shares.
  if (form.get("cycleId") !== cycle.id) return data({ error: "sharingNow.staleCycle" }, { status: 409 });
  await setPartShared(db, { cycle, part, isShared: isShared === "true" });
  return { part, isShared: isShared === "true" };
}

export async function loader({ context }: Route.LoaderArgs) {
  return withPlainErrorPages(context, async () => {
    throw data(null, { status: 405, headers: { Allow: "POST" } });
  });
}
