import { describe, expect, it } from "vitest";
import { addDaysToLocalDate, localDateInDenmark } from "~/platform/time/local-date";
import { inviteSchema } from "./invite.schema";

describe("the invitation's schema", () => {
  // Review of issue 15: an empty address asked the leader for "din e-mailadresse".
  it("asks for the nearest leader's address when it is left empty, and for her own nowhere", () => {
    const result = inviteSchema.safeParse({
      email: "",
      date: addDaysToLocalDate(localDateInDenmark(), 7),
      time: "10:00",
      location: "Mødelokale 2",
    });
    expect(result.success).toBe(false);
    // The form shows a field's first message.
    const messages = result.error?.issues
      .filter((issue) => issue.path.join(".") === "email")
      .map((issue) => issue.message);
    expect(messages?.[0]).toBe("validation.nearestLeaderEmailRequired");
    expect(messages).not.toContain("validation.emailRequired");
  });
});
