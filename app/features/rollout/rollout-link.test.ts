import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import { isResetTokenUsable } from "~/features/account/password-reset.server";
import { action as resetPasswordAction } from "~/features/account/reset-password.route";
import { inviteUnitLeaders } from "~/features/rollout/invite-unit-leaders.server";
import { sendQueuedRolloutMails } from "~/features/rollout/send-queued-rollout-mails.server";
import { isEmailVerified } from "~/platform/auth/is-email-verified.server";
import { createSessionCookie } from "~/platform/auth/session-cookie.server";
import { findSessionUser } from "~/platform/auth/sessions.server";
import { findUserById } from "~/platform/auth/users.server";
import type { Config } from "~/platform/config/config-types.server";
import { createOrganisation, createPerson, inboxMailer, uniqueTag } from "../../../tests/support/factories";
import { formPost, routeCall } from "../../../tests/support/route-call";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

const config = { publicUrl: new URL("http://localhost:3000") } as Config;
const log = pino({ level: "silent" });
const LINK = /http:\/\/localhost:3000\/nulstil-adgangskode\/([\w-]+)/;

/**
 * Issue 15, item 7: the roll-out mail sent a leader without a password through "glemt adgangskode"
 * and then to sign in. Its link now lets them choose a password and be signed in at once.
 */
describeEachDialect("the roll-out link", (getDb, dialect) => {
  const mailer = () => inboxMailer(inbox);

  async function rolledOutLeader() {
    const organisation = await createOrganisation(getDb(), {
      name: "Link Kommune",
      slugPrefix: `link-${dialect}`,
      units: ["Social"],
    });
    const organisationId = organisation.id;
    const unitId = organisation.units.Social ?? "";
    const prefix = uniqueTag(dialect);
    const person = (email: string, roles: ("leader" | "hr")[]) =>
      createPerson(getDb(), { organisationId, email: `${prefix}-${email}`, name: email, unitId, roles });
    const hr = await person("hr@k.dk", ["hr"]);
    const leader = await person("ny@k.dk", ["leader"]);
    const queued = await inviteUnitLeaders(getDb(), { organisationId, unitId, senderId: hr.id });
    await sendQueuedRolloutMails(
      { db: getDb(), mailer: mailer(), config, log },
      { rolloutId: queued?.rolloutId },
    );
    const raw = inbox.messages.find((mail) => mail.rcptTo.includes(leader.email))?.raw ?? "";
    const mail = await parseMail(raw);
    return { leader, mail, token: LINK.exec(mail.text ?? "")?.[1] ?? "" };
  }

  const choosePassword = (token: string, password: string) =>
    resetPasswordAction({
      request: formPost(`/nulstil-adgangskode/${token}`, { password }),
      params: { token },
      context: routeCall({ db: getDb(), mailer: mailer() }).context,
    } as never).catch((thrown: unknown) => thrown);

  it("mails a single-use link that sets the password and signs the leader in at once", async () => {
    const { leader, mail, token } = await rolledOutLeader();
    expect(mail.text).not.toContain("glemt-adgangskode");
    expect(token).not.toBe("");
    // Only the link's hash is stored.
    const stored = await getDb()
      .selectFrom("password_reset_tokens")
      .select("id")
      .where("user_id", "=", leader.id)
      .execute();
    expect(stored.map((row) => row.id)).not.toContain(token);

    const answer = (await choosePassword(token, "en god lang adgangssætning")) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/min-lederdialog");
    const sessionToken = /ld_session=([^;]+)/.exec(answer.headers.get("set-cookie") ?? "")?.[1] ?? "";
    const cookie = createSessionCookie({
      secret: "a test secret that is long enough to sign",
      isSecure: false,
    });
    const parsed = await cookie.parse(`${cookie.name}=${sessionToken}`);
    expect((await findSessionUser(getDb(), String(parsed)))?.user.id).toBe(leader.id);
    // The link came to the address: the address is verified by it.
    const after = await findUserById(getDb(), leader.id);
    expect(after && isEmailVerified(after)).toBe(true);
    expect(after?.password_hash).not.toBeNull();

    // Used once.
    const again = await choosePassword(token, "en anden lang adgangssætning");
    expect((again as { init?: ResponseInit }).init?.status).toBe(410);
  });

  it("expires, later than a reset link but not never", async () => {
    const { token } = await rolledOutLeader();
    expect(await isResetTokenUsable(getDb(), token, new Date(Date.now() + 2 * 3_600_000))).toBe(true);
    expect(await isResetTokenUsable(getDb(), token, new Date(Date.now() + 15 * 24 * 3_600_000))).toBe(false);
  });
});
