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

  it("knows and opens a sealed text of several megabytes (a stored people file)", () => {
    // Issue 16's review: a 4 MB file, stored sealed, made the envelope's pattern overflow the stack.
    const file = "navn;email\n".concat("Ærø Åse;aase@kommune.dk\n".repeat(200_000));
    const sealed = cipher.seal(file);
    expect(sealed.length).toBeGreaterThan(4_000_000);
    expect(cipher.isSealed(sealed)).toBe(true);
    expect(cipher.open(sealed)).toBe(file);
  });

  it("does not take a text that only starts like an envelope for one", () => {
    const sealed = cipher.seal("hemmeligt");
    for (const lookalike of [
      `${sealed} og mere`,
      `${sealed}\n`,
      "ld1.",
      `ld1.${cipher.currentKeyId}.kort`,
      `${sealed.slice(0, 40)}`,
    ])
      expect([lookalike, cipher.isSealed(lookalike), cipher.open(lookalike)]).toEqual([
        lookalike,
        false,
        lookalike,
      ]);
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
