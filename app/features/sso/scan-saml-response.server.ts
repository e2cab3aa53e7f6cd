// Issue 13, finding 11: a response with 40,000 empty siblings kept node-saml's XPath busy for 41 s,
// before any signature was checked. Before any XML parser or XPath sees a response, this one linear
// pass over its characters refuses what no identity provider sends: a body far larger than an
// assertion, too many elements, too deep a nesting, or a DOCTYPE (entities have no place in SAML).

/** The ACS's body limit (server/create-express-app.ts): a signed assertion is a few kilobytes. */
export const MAX_SAML_BODY_BYTES = 64 * 1024;
/**
 * Real responses have tens of elements (a few hundred with many group claims). node-saml's cost
 * grows with the square of the count: at this budget a hostile response costs the worker well under
 * a second on an idle machine.
 */
export const MAX_SAML_ELEMENTS = 1_000;
export const MAX_SAML_DEPTH = 32;

export type SamlScan = { ok: true; xml: string } | { ok: false; reason: string };

/** Decodes the posted SAMLResponse and checks its shape cheaply; the XML comes back for validation. */
export function scanSamlResponse(samlResponse: string): SamlScan {
  if (samlResponse.length > MAX_SAML_BODY_BYTES) return { ok: false, reason: "response too large" };
  if (!/^[A-Za-z0-9+/=\s]*$/.test(samlResponse)) return { ok: false, reason: "response not base64" };
  const xml = Buffer.from(samlResponse, "base64").toString("utf8");
  let elements = 0;
  let depth = 0;
  let at = xml.indexOf("<");
  while (at !== -1) {
    const next = xml[at + 1];
    if (xml.startsWith("<!--", at)) at = skipPast(xml, at, "-->");
    else if (xml.startsWith("<![CDATA[", at)) at = skipPast(xml, at, "]]>");
    else if (next === "?") at = skipPast(xml, at, "?>");
    else if (next === "!") return { ok: false, reason: "DOCTYPE or declaration in response" };
    else if (next === "/") {
      depth--;
      at = skipPast(xml, at, ">");
    } else {
      elements++;
      const end = endOfStartTag(xml, at);
      if (end === -1) return { ok: false, reason: "unterminated tag" };
      if (xml[end - 1] !== "/") depth++;
      if (elements > MAX_SAML_ELEMENTS) return { ok: false, reason: "too many elements" };
      if (depth > MAX_SAML_DEPTH) return { ok: false, reason: "nested too deeply" };
      at = end + 1;
    }
    if (at === -1 || at > xml.length) break;
    at = xml.indexOf("<", at);
  }
  if (elements === 0) return { ok: false, reason: "no XML in response" };
  return { ok: true, xml };
}

function skipPast(xml: string, from: number, terminator: string): number {
  const end = xml.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

/** The ">" that ends a start tag: one inside a quoted attribute value does not. */
function endOfStartTag(xml: string, from: number): number {
  let quote: string | null = null;
  for (let index = from + 1; index < xml.length; index++) {
    const char = xml[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === ">") return index;
  }
  return -1;
}
