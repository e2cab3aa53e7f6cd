import { describe, expect, it } from "vitest";
import { ssoSettingsSchema } from "./sso-settings.schema";

describe("the single sign-on settings form", () => {
  it("names the metadata's own 256 KB rule when pasted metadata is too long (the review of issue 14)", () => {
    const result = ssoSettingsSchema.safeParse({
      protocol: "saml",
      samlIdpMetadata: "<x/>".repeat(70_000),
    });
    expect(result.success).toBe(false);
    const onMetadata = result.error?.issues.filter((issue) => issue.path[0] === "samlIdpMetadata");
    expect(onMetadata?.map((issue) => issue.message)).toEqual(["samlSetup.metadataErrors.tooLarge"]);
  });

  it("takes metadata within the rule", () => {
    const result = ssoSettingsSchema.safeParse({ protocol: "saml", samlIdpMetadata: "<x/>".repeat(1_000) });
    expect(result.error?.issues.filter((issue) => issue.path[0] === "samlIdpMetadata") ?? []).toEqual([]);
  });
});
