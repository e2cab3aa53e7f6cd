import { createHash } from "node:crypto";
import { expect, it } from "vitest";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { RequestMeta } from "~/platform/auth/request-meta.server";
import {
  createSession,
  findSessionUser,
  revokeAllSessions,
  revokeSession,
  SESSION_DAYS,
} from "~/platform/auth/sessions.server";
import { createUser } from "~/platform/auth/users.server";
import { describeEachDialect } from "../../../tests/support/test-database";

const meta: RequestMeta = { ip: "192.0.2.10", userAgent: "vitest" };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describeEachDialect("sessions", (getDb) => {
  let userCounter = 0;
  async function newUser() {
    const organisation = await ensureDefaultOrganisation(getDb());
    return createUser(getDb(), {
      organisationId: organisation.id,
      email: `session-user-${++userCounter}@kommune.dk`,
      name: "Søren Session",
      passwordHash: null,
      roles: ["leader"],
    });
  }

  async function storedSession(token: string) {
    const id = createHash("sha256").update(token).digest("hex");
    return getDb().selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
  }

  it("stores only the SHA-256 of the cookie token, so a copy of the table cannot sign in", async () => {
    const user = await newUser();
    const { token } = await createSession(getDb(), user, meta);
    const sessions = await getDb()
      .selectFrom("sessions")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id).toBe(createHash("sha256").update(token).digest("hex"));
    const holdingToken = await getDb().selectFrom("sessions").select("id").where("id", "=", token).execute();
    expect(holdingToken).toEqual([]);
  });

  it("finds the signed-in user for the token, and nobody for another token", async () => {
    const user = await newUser();
    const { token } = await createSession(getDb(), user, meta);
    const found = await findSessionUser(getDb(), token);
    expect(found?.user).toMatchObject({
      id: user.id,
      email: user.email,
      organisation_id: user.organisation_id,
    });
    expect(await findSessionUser(getDb(), `${token}x`)).toBeUndefined();
  });

  it(`ends a session that was not used for ${SESSION_DAYS} days`, async () => {
    const user = await newUser();
    const start = new Date("2026-03-01T10:00:00Z");
    const { token, expiresAt } = await createSession(getDb(), user, meta, start);
    expect(expiresAt.getTime()).toBe(start.getTime() + SESSION_DAYS * DAY);
    expect(await findSessionUser(getDb(), token, expiresAt)).toBeUndefined();
    expect(await findSessionUser(getDb(), token, new Date(expiresAt.getTime() + DAY))).toBeUndefined();

    const sameAge = await createSession(getDb(), user, meta, start);
    expect(
      await findSessionUser(getDb(), sameAge.token, new Date(expiresAt.getTime() - MINUTE)),
    ).toBeDefined();
  });

  it("slides the expiry forward when used more than an hour after the last use, not sooner", async () => {
    const user = await newUser();
    const start = new Date("2026-03-01T10:00:00Z");
    const { token, expiresAt: firstExpiry } = await createSession(getDb(), user, meta, start);

    const soon = await findSessionUser(getDb(), token, new Date(start.getTime() + 30 * MINUTE));
    expect(soon?.wasExtended).toBe(false);
    expect(soon?.expiresAt.getTime()).toBe(firstExpiry.getTime());

    const later = new Date(start.getTime() + 2 * HOUR);
    const slid = await findSessionUser(getDb(), token, later);
    expect(slid?.wasExtended).toBe(true);
    expect(slid?.expiresAt.getTime()).toBe(later.getTime() + SESSION_DAYS * DAY);
    const row = await storedSession(token);
    expect(row && new Date(row.expires_at).getTime()).toBe(later.getTime() + SESSION_DAYS * DAY);
    expect(row && new Date(row.last_used_at).getTime()).toBe(later.getTime());

    const again = await findSessionUser(getDb(), token, new Date(later.getTime() + 10 * MINUTE));
    expect(again?.wasExtended).toBe(false);
    expect(again?.expiresAt.getTime()).toBe(later.getTime() + SESSION_DAYS * DAY);

    // Still signed in after the first expiry had passed.
    expect(await findSessionUser(getDb(), token, new Date(firstExpiry.getTime() + HOUR))).toBeDefined();
  });

  it("signs out one session, or every session of the user", async () => {
    const user = await newUser();
    const other = await newUser();
    const laptop = await createSession(getDb(), user, meta);
    const phone = await createSession(getDb(), user, meta);
    const someoneElse = await createSession(getDb(), other, meta);

    await revokeSession(getDb(), laptop.token);
    expect(await findSessionUser(getDb(), laptop.token)).toBeUndefined();
    expect(await findSessionUser(getDb(), phone.token)).toBeDefined();

    const tablet = await createSession(getDb(), user, meta);
    await revokeAllSessions(getDb(), user.id);
    expect(await findSessionUser(getDb(), phone.token)).toBeUndefined();
    expect(await findSessionUser(getDb(), tablet.token)).toBeUndefined();
    expect((await findSessionUser(getDb(), someoneElse.token))?.user.id).toBe(other.id);
  });

  it("does not let a deactivated user's session in", async () => {
    const user = await newUser();
    const { token } = await createSession(getDb(), user, meta);
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", user.id).execute();
    expect(await findSessionUser(getDb(), token)).toBeUndefined();
  });
});
