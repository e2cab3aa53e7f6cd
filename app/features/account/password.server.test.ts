import { describe, expect, it, vi } from "vitest";
import { ARGON2_AT_ONCE, hashPassword, verifyPassword } from "./password.server";

// The real argon2, watched: how many hashes and verifications run at the same moment. Each holds
// 19 MiB while it runs, so a crowd signing in at once must not run them all at once (issue 16).
const running = vi.hoisted(() => ({ now: 0, most: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const argon2 = await importOriginal<typeof import("@node-rs/argon2")>();
  const watched =
    <A extends unknown[], R>(work: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running.now += 1;
      running.most = Math.max(running.most, running.now);
      try {
        return await work(...args);
      } finally {
        running.now -= 1;
      }
    };
  return { ...argon2, hash: watched(argon2.hash), verify: watched(argon2.verify) };
});

describe("passwords", () => {
  it("are hashed and verified at most two at a time, however many people sign in at once", async () => {
    const passwordHash = await hashPassword("et godt kodeord");
    running.most = 0;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        verifyPassword(passwordHash, index % 2 === 0 ? "et godt kodeord" : "forkert"),
      ),
    );
    expect(answers).toEqual([true, false, true, false, true, false, true, false]);
    expect(running.most).toBe(ARGON2_AT_ONCE);
  });
});
