import { describe, expect, it } from "vitest";
import { MAX_SAML_DEPTH, MAX_SAML_ELEMENTS, scanSamlResponse } from "./scan-saml-response.server";

const encode = (xml: string) => Buffer.from(xml).toString("base64");
const response = (inner: string) =>
  `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_1" Destination="a>b">${inner}</samlp:Response>`;

describe("the cheap scan before any XML parser", () => {
  it("lets an ordinary response through, comments, CDATA and quoted '>' included", () => {
    const scan = scanSamlResponse(
      encode(`<?xml version="1.0"?>${response("<!-- <x> --><a><![CDATA[<b>]]></a><c/>")}`),
    );
    expect(scan).toMatchObject({ ok: true });
  });

  it("refuses too many elements, too deep a nesting, a DOCTYPE and what is not base64", () => {
    const reasons = [
      scanSamlResponse(encode(response("<a/>".repeat(MAX_SAML_ELEMENTS)))),
      scanSamlResponse(encode(response("<a>".repeat(MAX_SAML_DEPTH) + "</a>".repeat(MAX_SAML_DEPTH)))),
      scanSamlResponse(encode(`<!DOCTYPE r [<!ENTITY x "y">]>${response("")}`)),
      scanSamlResponse("<samlp:Response/>"),
      scanSamlResponse(encode(`${response("")}<a`)),
    ].map((scan) => (scan.ok ? "accepted" : scan.reason));
    expect(reasons).toEqual([
      "too many elements",
      "nested too deeply",
      "DOCTYPE or declaration in response",
      "response not base64",
      "unterminated tag",
    ]);
  });

  it("does not count what a comment holds, and lets a response just under the budget through", () => {
    const padding = `<!--${"<a/>".repeat(MAX_SAML_ELEMENTS)}-->`;
    expect(scanSamlResponse(encode(response(padding)))).toMatchObject({ ok: true });
    expect(scanSamlResponse(encode(response("<a/>".repeat(MAX_SAML_ELEMENTS - 2))))).toMatchObject({
      ok: true,
    });
  });
});
