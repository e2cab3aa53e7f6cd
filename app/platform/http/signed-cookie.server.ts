import { createHmac, timingSafeEqual } from "node:crypto";
import { type Cookie, type CookieOptions, createCookie } from "react-router";
import { readCookie } from "./read-cookie.server";

/**
 * React Router's signed cookie, read without WebCrypto. Its parse imports the key and verifies the
 * signature as asynchronous WebCrypto jobs on every request, which was several percent of a page's
 * and an autosave's server time (docs/performance.md); node:crypto's HMAC does the same at once.
 * The format is React Router's own, so either side reads what the other wrote: the value as JSON in
 * base64, a dot, and its HMAC-SHA256 in base64 without padding. Writing stays React Router's.
 */
export function createSignedCookie(name: string, options: CookieOptions & { secrets: string[] }): Cookie {
  const cookie = createCookie(name, options);
  return {
    name: cookie.name,
    isSigned: cookie.isSigned,
    // React Router computes it when asked (now + maxAge), so it is asked each time, not copied once.
    get expires() {
      return cookie.expires;
    },
    serialize: cookie.serialize,
    parse: async (cookieHeader) => readSignedValue(readCookie(cookieHeader, name), options.secrets),
  };
}

/** null when absent, forged or signed with none of the secrets; "" for a cleared cookie. */
function readSignedValue(raw: string | undefined, secrets: string[]): unknown {
  if (raw === undefined) return null;
  if (raw === "") return "";
  const dot = raw.lastIndexOf(".");
  if (dot < 0) return null;
  const data = raw.slice(0, dot);
  const signature = Buffer.from(raw.slice(dot + 1));
  const isSignedByOne = secrets.some((secret) => {
    const expected = Buffer.from(
      createHmac("sha256", secret).update(data).digest("base64").replace(/=+$/, ""),
    );
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  });
  if (!isSignedByOne) return null;
  try {
    return JSON.parse(Buffer.from(data, "base64").toString("utf8"));
  } catch {
    return null;
  }
}
