import { afterAll, beforeAll, expect, it } from "vitest";
import { createEmailVerification } from "~/features/account/create-email-verification.server";
import { action as forgotPasswordAction } from "~/features/account/forgot-password.route";
import { hashPassword } from "~/features/account/password.server";
import { requestPasswordReset, resetPassword } from "~/features/account/password-reset.server";
import { signIn } from "~/features/account/sign-in.server";
import { action as signUpAction } from "~/features/account/sign-up.route";
import { verifyEmail } from "~/features/account/verify-email.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { acceptInvitation, createDialogueInvitation } from "~/features/dialogue/dialogue-invitations.server";
import { action as dialoguePrepareAction } from "~/features/dialogue/dialogue-prepare.route";
import { findDialogueForParticipant } from "~/features/dialogue/dialogues.server";
import { loader as subordinateLeadersLoader } from "~/features/dialogue/subordinate-leaders.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { findSharedParts, setSharedParts } from "~/features/sharing/kontrakt-shares.server";
import { createSession, findSessionUser } from "~/platform/auth/sessions.server";
import { createUser, findUserByEmail, findUserById } from "~/platform/auth/users.server";
import type { DB } from "~/platform/db/database.server";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer } from "~/platform/mail/mailer.server";
import { answerOf, formPost, routeCall } from "../../../tests/support/route-call";
import { readableMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

const PASSWORD = "en god lang adgangssætning";

describeEachDialect("verified addresses (issue 13, findings 3 and 7)", (getDb, dialect) => {
  let inbox: SmtpInbox;
  let counter = 0;
  let ipCounter = 0;
  const unique = (prefix: string) => `${prefix}-${dialect}-${++counter}@kommune.dk`;
  const nextIp = () => `203.0.113.${++ipCounter}`;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
  });
  afterAll(async () => {
    await inbox.close();
  });
  const mailer = () =>
    createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
      from: "test@lederdialog.test",
      outboxDir: "",
    });
  const mailsTo = (email: string) =>
    inbox.messages.filter((message) => message.rcptTo.includes(email)).map((m) => readableMail(m.raw));

  async function person(name: string, options: { email?: string; isVerified: boolean }) {
    const organisation = await ensureDefaultOrganisation(getDb());
    return createUser(getDb(), {
      organisationId: organisation.id,
      email: options.email ?? unique(name.toLowerCase()),
      name,
      passwordHash: await hashPassword(PASSWORD),
      roles: ["leader"],
      emailVerifiedAt: options.isVerified ? nowDbTime() : null,
    });
  }

  /** A leader whose nearest leader accepted an earlier invitation, and a new invitation to `email`. */
  async function leaderWithNearestLeaderAndNewInvitation(db: DB, invitedEmail: string) {
    const leader = await person("Lise", { isVerified: true });
    const previous = await person("Niels", { isVerified: true });
    const cycle = await ensureActiveCycle(db, leader);
    const first = await createDialogueInvitation(db, {
      cycle,
      email: previous.email,
      startsOn: "2026-12-10",
      startsAt: "10:00",
      location: "Mødelokale 2",
    });
    const accepted = await acceptInvitation(db, {
      token: first.token,
      userId: previous.id,
      userEmail: previous.email,
    });
    expect(accepted.ok).toBe(true);
    const second = await createDialogueInvitation(db, {
      cycle,
      email: invitedEmail,
      startsOn: "2027-01-14",
      startsAt: "09:00",
      location: "Mødelokale 3",
    });
    return { leader, previous, firstDialogue: first.dialogue, second };
  }

  it("a forwarded link cannot be taken: an unverified account with the invited address cannot accept", async () => {
    const invitedEmail = unique("ny-naermeste");
    const { leader, previous, firstDialogue, second } = await leaderWithNearestLeaderAndNewInvitation(
      getDb(),
      invitedEmail,
    );
    // Whoever holds the forwarded link signs up with the invited address and never sees its mail.
    const taker = await person("Mads", { email: invitedEmail, isVerified: false });
    const result = await acceptInvitation(getDb(), {
      token: second.token,
      userId: taker.id,
      userEmail: taker.email,
    });
    expect(result).toEqual({ ok: false, reason: "unverified" });
    // Nothing shared reaches them, and the previous nearest leader keeps the leader.
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: second.dialogue.id, userId: taker.id }),
    ).toBeUndefined();
    expect((await findUserById(getDb(), leader.id))?.nearest_leader_id).toBe(previous.id);
    expect(
      await findDialogueForParticipant(getDb(), { dialogueId: firstDialogue.id, userId: previous.id }),
    ).toBeDefined();
  });

  it("the invited person confirming the taker's verification mail in their own browser takes the account back", async () => {
    const invitedEmail = unique("rigtig-naermeste");
    const { leader, previous, second } = await leaderWithNearestLeaderAndNewInvitation(getDb(), invitedEmail);
    // Whoever holds the forwarded link signs up with the invited address, with a password of theirs
    // and a session; the verification mail goes to the real person, who confirms it elsewhere.
    const taker = await person("Mads", { email: invitedEmail, isVerified: false });
    const meta = { ip: nextIp(), userAgent: "vitest" };
    const { token: sessionToken } = await createSession(getDb(), taker, meta);
    const token = await createEmailVerification(getDb(), { user: taker, returnTo: null, meta });
    expect(await verifyEmail(getDb(), { token, meta, confirmedByUserId: null })).toMatchObject({
      ok: true,
      isReclaimed: true,
    });
    // The taker's password and session are gone: only the mailbox's owner gets in (reset or SSO).
    expect(await findSessionUser(getDb(), sessionToken)).toBeUndefined();
    const reclaimed = await findUserById(getDb(), taker.id);
    expect(reclaimed?.password_hash).toBeNull();
    expect(reclaimed?.email_verified_at).not.toBeNull();
    expect(
      await signIn(getDb(), {
        email: invitedEmail,
        password: PASSWORD,
        meta: { ip: nextIp(), userAgent: "vitest" },
      }),
    ).toMatchObject({ ok: false, reason: "invalid" });
    // Until the real person accepts, the leader keeps her nearest leader.
    expect((await findUserById(getDb(), leader.id))?.nearest_leader_id).toBe(previous.id);
    expect(second.token).toBeTruthy();
  });

  it("taking the account back undoes what the taker arranged: the nearest leader they planted, shares, in-flight sign-ins", async () => {
    const stolenEmail = unique("overtaget");
    // The taker signs up with someone else's address, invites an accomplice who accepts, shares.
    const taker = await person("Taker", { email: stolenEmail, isVerified: false });
    const accomplice = await person("Medskyldig", { isVerified: true });
    const cycle = await ensureActiveCycle(getDb(), taker);
    const invitation = await createDialogueInvitation(getDb(), {
      cycle,
      email: accomplice.email,
      startsOn: "2027-02-01",
      startsAt: "10:00",
      location: "Et sted",
    });
    expect(
      (
        await acceptInvitation(getDb(), {
          token: invitation.token,
          userId: accomplice.id,
          userEmail: accomplice.email,
        })
      ).ok,
    ).toBe(true);
    await setSharedParts(getDb(), { cycle, parts: ["goals", "points"] });
    const meta = { ip: nextIp(), userAgent: "vitest" };
    // A sign-in that checked the taker's password just before the owner confirms, finishing after.
    const checkedBefore = new Date(Date.now() - 1_000);

    const token = await createEmailVerification(getDb(), { user: taker, returnTo: null, meta });
    expect(await verifyEmail(getDb(), { token, meta, confirmedByUserId: null })).toMatchObject({
      isReclaimed: true,
    });
    const late = await createSession(getDb(), taker, meta, new Date(), {
      credentialsCheckedAt: checkedBefore,
    });
    expect(await findSessionUser(getDb(), late.token)).toBeUndefined();
    expect(
      await findDialogueForParticipant(getDb(), {
        dialogueId: invitation.dialogue.id,
        userId: accomplice.id,
      }),
    ).toBeUndefined();
    expect(await findSharedParts(getDb(), cycle.id)).toEqual([]);
    const after = await findUserById(getDb(), taker.id);
    expect(after?.accepted_nearest_leader_id).toBeNull();
    // Nor is the accomplice offered to the owner as the nearest leader to invite again.
    expect(after?.nearest_leader_id).toBeNull();
  });

  it("an unverified account can neither invite a nearest leader nor share", async () => {
    const unverified = await person("Uden", { isVerified: false });
    await ensureActiveCycle(getDb(), unverified);
    const call = routeCall({ db: getDb(), mailer: mailer(), ip: nextIp(), user: unverified });
    const invite = await answerOf(() =>
      dialoguePrepareAction({
        request: formPost("/min-lederdialog/dialog", {
          intent: "invite",
          email: unique("medskyldig"),
          date: "2027-03-01",
          time: "10:00",
          location: "Et sted",
        }),
        context: call.context,
        params: {},
      } as never),
    );
    expect(invite.status).toBe(403);
    expect(JSON.stringify(invite.body)).toContain("verifyEmail.verifyBeforeInviting");
    const share = await answerOf(() =>
      dialoguePrepareAction({
        request: formPost("/min-lederdialog/dialog", { intent: "share", part: "goals" }),
        context: call.context,
        params: {},
      } as never),
    );
    expect(share.location).toMatch(/^\/bekraeft-email\?redirectTo=/);
    const cycle = await ensureActiveCycle(getDb(), unverified);
    expect(await findSharedParts(getDb(), cycle.id)).toEqual([]);
    const dialogues = await getDb()
      .selectFrom("dialogues")
      .select("id")
      .where("leader_id", "=", unverified.id)
      .execute();
    expect(dialogues).toEqual([]);
  });

  it("a device cookie from before a password reset is not a known device any more", async () => {
    const user = await person("Enhed", { isVerified: true });
    const meta = { ip: nextIp(), userAgent: "vitest" };
    const before = [{ userId: user.id, deviceId: "gammel-browser", issuedAt: new Date(Date.now() - 60_000) }];
    expect(
      await signIn(getDb(), { email: user.email, password: PASSWORD, meta, knownDevices: before }),
    ).toMatchObject({
      ok: true,
      isKnownDevice: true,
    });
    const reset = await requestPasswordReset(getDb(), { email: user.email, meta });
    if (!("token" in reset) || !reset.token) throw new Error("no reset token");
    await resetPassword(getDb(), { token: reset.token, password: "en ny lang adgangssætning", meta });
    expect(
      await signIn(getDb(), {
        email: user.email,
        password: "en ny lang adgangssætning",
        meta,
        knownDevices: before,
      }),
    ).toMatchObject({ ok: true, isKnownDevice: false });
  });

  it("sign-up answers an address that has an account exactly as a new one, and mails the owner", async () => {
    const ownerEmail = unique("ejer");
    const owner = await person("Olga", { email: ownerEmail, isVerified: true });
    const newEmail = unique("ny");
    const signUpWith = async (email: string) => {
      const call = routeCall({ db: getDb(), mailer: mailer(), ip: nextIp() });
      const request = formPost("/opret-konto", { name: "Mads Mellemmand", email, password: PASSWORD });
      const answer = await answerOf(() =>
        signUpAction({ request, context: call.context, params: {} } as never),
      );
      return { answer, call };
    };
    const forExisting = await signUpWith(ownerEmail);
    const forNew = await signUpWith(newEmail);
    const { setsCookie: _existingCookie, ...existingAnswer } = forExisting.answer;
    const { setsCookie: newCookie, ...newAnswer } = forNew.answer;
    expect(existingAnswer).toEqual(newAnswer);
    expect(existingAnswer.status).toBe(302);
    // Only the new account is signed in (so its leader can start at once); the owner's is untouched.
    expect(newCookie).toBe(true);
    expect((await findUserById(getDb(), owner.id))?.name).toBe("Olga");
    // No mail on the request path for either; afterwards, the owner is told and offered a reset.
    expect(forExisting.call.sentDuringRequest).toEqual([]);
    expect(forNew.call.sentDuringRequest).toEqual([]);
    await forExisting.call.runDeferred();
    await forNew.call.runDeferred();
    const ownerMails = mailsTo(ownerEmail);
    expect(ownerMails).toHaveLength(1);
    expect(ownerMails[0]).toContain("Nogen har forsøgt at oprette en konto");
    expect(ownerMails[0]).toMatch(/\/nulstil-adgangskode\/[\w-]{43}/);
    const newMails = mailsTo(newEmail);
    expect(newMails).toHaveLength(1);
    expect(newMails[0]).toMatch(/\/bekraeft-email\/[\w-]{43}/);
    expect((await findUserByEmail(getDb(), newEmail))?.email_verified_at).toBeNull();
  });

  it("forgot-password does the same work on the request path for an existing and an unknown address", async () => {
    const existing = await person("Rasmus", { isVerified: true });
    const unknown = unique("ingen");
    const forgot = async (email: string) => {
      const statements: string[] = [];
      const recording = getDb().withPlugin({
        transformQuery(args) {
          statements.push(getDb().getExecutor().compileQuery(args.node, args.queryId).sql);
          return args.node;
        },
        transformResult: async (args) => args.result,
      });
      const call = routeCall({ db: recording, mailer: mailer(), ip: nextIp() });
      const request = formPost("/glemt-adgangskode", { email });
      const answer = await answerOf(() =>
        forgotPasswordAction({ request, context: call.context, params: {} } as never),
      );
      return { answer: JSON.parse(JSON.stringify(answer).replaceAll(email, "<address>")), call, statements };
    };
    const forExisting = await forgot(existing.email);
    const forUnknown = await forgot(unknown);
    expect(forExisting.answer).toEqual(forUnknown.answer);
    expect(forExisting.answer.status).toBe(200);
    expect(forExisting.statements).toEqual(forUnknown.statements);
    expect(forExisting.call.sentDuringRequest).toEqual([]);
    // The reset mail still goes, once the answer is out.
    await forExisting.call.runDeferred();
    await forUnknown.call.runDeferred();
    expect(mailsTo(existing.email).join("\n")).toMatch(/\/nulstil-adgangskode\/[\w-]{43}/);
    expect(mailsTo(unknown)).toEqual([]);
  });

  it("once the invited person follows the mailed link, the invitation can be accepted, and it leads back to it", async () => {
    const invitedEmail = unique("rigtig");
    const { leader, second } = await leaderWithNearestLeaderAndNewInvitation(getDb(), invitedEmail);
    const here = `/invitation/${second.token}`;
    const call = routeCall({ db: getDb(), mailer: mailer(), ip: nextIp() });
    const request = formPost("/opret-konto", {
      name: "Rigtig Nærmeste",
      email: invitedEmail,
      password: PASSWORD,
      redirectTo: here,
    });
    const answer = await answerOf(() =>
      signUpAction({ request, context: call.context, params: {} } as never),
    );
    expect(answer.location).toBe(`/bekraeft-email?redirectTo=${encodeURIComponent(here)}`);
    await call.runDeferred();
    const token = mailsTo(invitedEmail)[0]?.match(/\/bekraeft-email\/([\w-]{43})/)?.[1] ?? "";
    const meta = { ip: nextIp(), userAgent: "vitest" };
    const signedUp = await findUserByEmail(getDb(), invitedEmail);
    if (!signedUp) throw new Error("no account");
    const confirm = { token, meta, confirmedByUserId: signedUp.id };
    expect(await verifyEmail(getDb(), confirm)).toMatchObject({
      ok: true,
      returnTo: here,
      isReclaimed: false,
    });
    // Single use.
    expect(await verifyEmail(getDb(), confirm)).toEqual({ ok: false, error: "invalidToken" });
    const user = await findUserByEmail(getDb(), invitedEmail);
    if (!user) throw new Error("no account");
    expect(user.email_verified_at).not.toBeNull();
    expect(
      await acceptInvitation(getDb(), { token: second.token, userId: user.id, userEmail: user.email }),
    ).toMatchObject({
      ok: true,
    });
    expect((await findUserById(getDb(), leader.id))?.nearest_leader_id).toBe(user.id);
  });

  it("a verification link expires, stores only its hash, and never verifies another address", async () => {
    const user = await person("Udløb", { isVerified: false });
    const meta = { ip: nextIp(), userAgent: "vitest" };
    const old = await createEmailVerification(getDb(), {
      user,
      returnTo: null,
      meta,
      now: new Date(Date.now() - 25 * 3_600_000),
    });
    expect(await verifyEmail(getDb(), { token: old, meta, confirmedByUserId: user.id })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    const stored = await getDb()
      .selectFrom("email_verification_tokens")
      .select("id")
      .where("user_id", "=", user.id)
      .execute();
    expect(stored.map((row) => row.id)).not.toContain(old);
    const sentElsewhere = await createEmailVerification(getDb(), {
      user: { ...user, email: unique("andet") },
      returnTo: null,
      meta,
    });
    expect(await verifyEmail(getDb(), { token: sentElsewhere, meta, confirmedByUserId: user.id })).toEqual({
      ok: false,
      error: "invalidToken",
    });
    expect((await findUserById(getDb(), user.id))?.email_verified_at).toBeNull();
  });

  it("a password reset through the mailed link also verifies the address", async () => {
    const user = await person("Nulstil", { isVerified: false });
    const meta = { ip: nextIp(), userAgent: "vitest" };
    const requested = await requestPasswordReset(getDb(), { email: user.email, meta });
    const token = requested.status === "accepted" ? (requested.token ?? "") : "";
    expect((await resetPassword(getDb(), { token, password: "et nyt langt kodeord", meta })).ok).toBe(true);
    expect((await findUserById(getDb(), user.id))?.email_verified_at).not.toBeNull();
  });

  it("a nearest leader set by an import sees the leaders' dialogues only once their own address is verified", async () => {
    const nearest = await person("Importeret", { isVerified: false });
    const leader = await createUser(getDb(), {
      organisationId: nearest.organisation_id,
      email: unique("medarbejder"),
      name: "Leder Under",
      passwordHash: null,
      nearestLeaderId: nearest.id,
    });
    await ensureActiveCycle(getDb(), leader);
    const open = async (verifiedAt: string | null) => {
      const call = routeCall({
        db: getDb(),
        mailer: mailer(),
        user: { ...nearest, email_verified_at: verifiedAt } as never,
      });
      const request = new Request("http://lederdialog.test/mine-ledere");
      return answerOf(() =>
        subordinateLeadersLoader({ request, context: call.context, params: {} } as never),
      );
    };
    const before = await open(null);
    expect(before).toMatchObject({ status: 302, location: "/bekraeft-email?redirectTo=%2Fmine-ledere" });
    const after = await open(nowDbTime());
    expect(after.status).toBe(200);
    expect(JSON.stringify(after.body)).toContain("Leder Under");
  });
});
