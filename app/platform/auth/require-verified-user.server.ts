import { href, type RouterContextProvider, redirect } from "react-router";
import { isEmailVerified } from "./is-email-verified.server";
import { requireUser } from "./require-user.server";

/**
 * For pages that show what someone else shared (the nearest leader's pages, the meeting): the
 * signed-in person must have verified their address, or a forwarded link would be a way in
 * (issue 13, finding 3). Otherwise they are sent to verify it, and come back here afterwards.
 */
export function requireVerifiedUser(context: Readonly<RouterContextProvider>, request: Request) {
  const user = requireUser(context, request);
  if (!isEmailVerified(user)) {
    const url = new URL(request.url);
    throw redirect(`${href("/bekraeft-email")}?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}
