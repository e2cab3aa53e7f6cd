import { href } from "react-router";

/** Backslashes (read as "/" by browsers), C0 and C1 control characters and DEL. */
const UNSAFE_CHARACTERS = /[\\\p{Cc}]/u;
/** Longer than any address of this app: a Location header stays small. */
const MAX_LENGTH = 2000;

/**
 * The one check for every `redirectTo` the app follows (sign-in, sign-up, sign-out, language, single
 * sign-on): an open redirect would let a phishing link pass through our sign-in page (issue 13,
 * decision 026). The value is normalised first, exactly as a browser would (the WHATWG URL parser,
 * against the app's own origin: dot segments, `%2e`, tabs and newlines), and only then judged, so
 * `/.//evil.test` cannot come out as `//evil.test`. What is returned is the parsed path, query and
 * fragment — percent-encoded, so always a valid Location header — or the fallback.
 */
export function safeRedirectPath(
  value: FormDataEntryValue | string | null | undefined,
  options: { origin: URL | string; fallback?: string },
): string {
  const fallback = options.fallback ?? href("/min-lederdialog");
  if (typeof value !== "string" || value.length > MAX_LENGTH || UNSAFE_CHARACTERS.test(value))
    return fallback;
  // A path on this site, or a full address of this site; never a relative one ("evil" or "?x").
  const origin = new URL(options.origin).origin;
  if (!value.startsWith("/") && !value.startsWith(`${origin}/`)) return fallback;
  const parsed = URL.parse(value, origin);
  if (!parsed || parsed.origin !== origin) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // "//host" and "/\host" in a Location are read as another site, whatever the parser made of them.
  return /^\/(?![/\\])/.test(path) && !UNSAFE_CHARACTERS.test(path) ? path : fallback;
}
