import { describe, expect, it } from "vitest";
import { createUnsubscribeToken, readUnsubscribeToken, unsubscribeUrl } from "./unsubscribe-token.server";

const SECRET = "a-session-secret-that-is-long-enough-0123456789";
const USER_ID = "0b8a2f7e-5c1d-4e3f-9a6b-7c8d9e0f1a2b";

describe("unsubscribe tokens", () => {
  it("name the user and the kind they were made for", () => {
    const token = createUnsubscribeToken(SECRET, { userId: USER_ID, kind: "followUpDue" });
    expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId: USER_ID, kind: "followUpDue" });
  });

  it("cannot be moved to another kind or user, or made without the secret", () => {
    const token = createUnsubscribeToken(SECRET, { userId: USER_ID, kind: "followUpDue" });
    const mac = token.split(".")[2];
    expect(readUnsubscribeToken(SECRET, `${USER_ID}.dialoguePrepare.${mac}`)).toBeNull();
    expect(
      readUnsubscribeToken(SECRET, `0b8a2f7e-5c1d-4e3f-9a6b-7c8d9e0f1a2c.followUpDue.${mac}`),
    ).toBeNull();
    const forged = createUnsubscribeToken(`${SECRET}x`, { userId: USER_ID, kind: "followUpDue" });
    expect(readUnsubscribeToken(SECRET, forged)).toBeNull();
    for (const nonsense of ["", "x", `${token}.x`, `${USER_ID}.nope.${mac}`, `${USER_ID}.followUpDue.`]) {
      expect(readUnsubscribeToken(SECRET, nonsense)).toBeNull();
    }
  });

  it("make a link on this installation's address", () => {
    const url = unsubscribeUrl(
      { publicUrl: new URL("https://lederdialog.example.dk"), secret: SECRET },
      { userId: USER_ID, kind: "dialoguePrepare" },
    );
    expect(url).toMatch(
      /^https:\/\/lederdialog\.example\.dk\/afmeld\/[0-9a-f-]{36}\.dialoguePrepare\.[\w-]{43}$/,
    );
  });
});
