import { redirect } from "react-router";
import { z } from "zod";
import type { Config } from "~/platform/config/config-types.server";
import { FLASH_KEYS, FLASH_PLACES, type FlashNotice } from "~/platform/http/flash-notice";
import { createSignedCookie } from "./signed-cookie.server";

/** Long enough for the redirect to be followed, short enough that a notice never turns up later. */
const FLASH_SECONDS = 60;

const storedNotices = z
  .array(
    z.object({
      key: z.enum(FLASH_KEYS),
      // Room for an e-mail address ("Invitationen er sendt til …") or a unit's path.
      values: z.record(z.string().max(40), z.union([z.string().max(500), z.number()])).optional(),
      isWarning: z.boolean().optional(),
      at: z.enum(FLASH_PLACES).optional(),
    }),
  )
  .max(5);

/**
 * The notice an action leaves for the page it redirects to ("Invitationen er sendt til 10 ledere"),
 * read and cleared by the root loader and rendered by the layout on the server, also without
 * JavaScript (issue 15). Signed like the session cookie, so nobody can make the page say something
 * it did not; httpOnly, because no script needs it.
 */
function createFlashCookie(config: Pick<Config, "sessionSecret" | "publicUrl">) {
  return createSignedCookie("ld_flash", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.protocol === "https:",
    path: "/",
    maxAge: FLASH_SECONDS,
    secrets: [config.sessionSecret],
  });
}

export const FLASH_COOKIE_NAME = "ld_flash";

/** A redirect that carries notices for the page it leads to. */
export async function redirectWithFlash(
  config: Pick<Config, "sessionSecret" | "publicUrl">,
  url: string,
  notices: FlashNotice[],
  headers: Headers = new Headers(),
): Promise<Response> {
  headers.append("Set-Cookie", await createFlashCookie(config).serialize(notices));
  return redirect(url, { headers });
}

/** The notices in the request's cookie; none when absent, expired, forged or not from the list. */
export async function readFlash(
  config: Pick<Config, "sessionSecret" | "publicUrl">,
  cookieHeader: string | null,
): Promise<FlashNotice[]> {
  const parsed = storedNotices.safeParse(await createFlashCookie(config).parse(cookieHeader));
  return parsed.success ? parsed.data : [];
}

/** The Set-Cookie value that clears the notices once a page has shown them. */
export async function clearFlashHeader(config: Pick<Config, "sessionSecret" | "publicUrl">): Promise<string> {
  return createFlashCookie(config).serialize("", { maxAge: 0 });
}
