import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createTextCipher, TextDecryptionError } from "./text-cipher.server";

describe("the text cipher", () => {
  const key = randomBytes(32);
  const cipher = createTextCipher({ current: key, old: [] });

  it("seals with a fresh IV each time and opens again, in any script", () => {
    const text = "Jeg sover dårligt, og det går ud over mine medarbejdere. Æøå – 😊";
    const first = cipher.seal(text);
    const second = cipher.seal(text);
    expect(first).not.toContain("sover");
    expect(first).not.toBe(second);
    expect(first.startsWith(`ld1.${cipher.currentKeyId}.`)).toBe(true);
    expect(cipher.open(first)).toBe(text);
    expect(cipher.open(second)).toBe(text);
  });

  it("leaves the empty string and unsealed text as they are", () => {
    expect(cipher.seal("")).toBe("");
    expect(cipher.open("almindelig tekst")).toBe("almindelig tekst");
    expect(cipher.open("ld1.ikke en konvolut")).toBe("ld1.ikke en konvolut");
  });

  it("refuses a changed text or a missing key instead of showing ciphertext", () => {
    const sealed = cipher.seal("hemmeligt");
    const last = sealed.at(-2) === "A" ? "B" : "A";
    const changed = `${sealed.slice(0, -2)}${last}${sealed.slice(-1)}`;
    expect(() => cipher.open(changed)).toThrow(TextDecryptionError);
    const stranger = createTextCipher({ current: randomBytes(32), old: [] });
    expect(() => stranger.open(sealed)).toThrow(/no key/);
  });

  it("opens what an old key sealed, and seals only with the current one", () => {
    const rotated = createTextCipher({ current: randomBytes(32), old: [key] });
    const old = cipher.seal("fra før");
    expect(rotated.open(old)).toBe("fra før");
    expect(rotated.seal("ny").startsWith(`ld1.${rotated.currentKeyId}.`)).toBe(true);
    expect(rotated.currentKeyId).not.toBe(cipher.currentKeyId);
  });
});
