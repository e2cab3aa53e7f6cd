import { createCookie } from "react-router";
import { describe, expect, it } from "vitest";
import { readCookie } from "./read-cookie.server";
import { createSignedCookie } from "./signed-cookie.server";

const header = (setCookie: string) => setCookie.split(";")[0] ?? "";

describe("the signed cookie read without WebCrypto", () => {
  const options = { path: "/", secrets: ["new-secret", "old-secret"] };

  it("reads what React Router's cookie wrote, with the current or an older secret", async () => {
    const ours = createSignedCookie("ld_session", options);
    const token = "abc+/=ÆØÅ-token";
    expect(await ours.parse(header(await createCookie("ld_session", options).serialize(token)))).toBe(token);
    const byOld = createCookie("ld_session", { path: "/", secrets: ["old-secret"] });
    expect(await ours.parse(`other=1; ${header(await byOld.serialize(token))}`)).toBe(token);
    // And React Router reads what ours wrote (writing is React Router's).
    expect(await createCookie("ld_session", options).parse(header(await ours.serialize(token)))).toBe(token);
  });

  it("refuses a forged, re-signed or unsigned value, and tells absent from cleared", async () => {
    const ours = createSignedCookie("ld_session", options);
    const written = header(await ours.serialize("token-1"));
    const [, value = ""] = written.split("=");
    const data = decodeURIComponent(value).slice(0, decodeURIComponent(value).lastIndexOf("."));
    const forged = Buffer.from(JSON.stringify("token-2")).toString("base64");
    expect(
      await ours.parse(
        `ld_session=${encodeURIComponent(`${forged}.${decodeURIComponent(value).split(".")[1]}`)}`,
      ),
    ).toBeNull();
    const stranger = createCookie("ld_session", { path: "/", secrets: ["someone-else"] });
    expect(await ours.parse(header(await stranger.serialize("token-1")))).toBeNull();
    expect(await ours.parse(`ld_session=${data}`)).toBeNull();
    expect(await ours.parse("ld_session=%E0%A4%A")).toBeNull();
    expect(await ours.parse(null)).toBeNull();
    expect(await ours.parse("lang=da")).toBeNull();
    expect(await ours.parse("ld_session=")).toBe("");
  });
});

describe("readCookie", () => {
  it("finds one cookie by its exact name, decoded", () => {
    expect(readCookie("a=1; lang=en; b=2", "lang")).toBe("en");
    expect(readCookie("xlang=en; lang=da", "lang")).toBe("da");
    expect(readCookie('lang="en"', "lang")).toBe("en");
    expect(readCookie("v=a%2Bb", "v")).toBe("a+b");
    expect(readCookie("lang", "lang")).toBeUndefined();
    expect(readCookie(null, "lang")).toBeUndefined();
  });
});
