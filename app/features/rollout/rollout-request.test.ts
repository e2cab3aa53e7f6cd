import { afterAll, beforeAll, expect, it } from "vitest";
import { action as rolloutAction } from "~/features/rollout/rollout.route";
import { createOrganisation, createPerson, inboxMailer } from "../../../tests/support/factories";
import { answerOf, formPost, routeCall } from "../../../tests/support/route-call";
import { type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import { describeEachDialect } from "../../../tests/support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

/**
 * Issue 16's review: the confirmed roll-out read every leader of the unit and mailed them one by one
 * before it answered (510 leaders: 2.3 s; a whole organisation of 100,000: minutes, in one request
 * holding them all). Now it queues them and answers; the mails go after the answer (decision 052).
 */
describeEachDialect("a roll-out's request", (getDb, dialect) => {
  it("answers before any leader is mailed, and the mails then go out, once each", async () => {
    const organisation = await createOrganisation(getDb(), {
      name: "Kø Kommune",
      slugPrefix: `koe-${dialect}`,
      units: ["Social"],
    });
    const unitId = organisation.units.Social ?? "";
    const hr = await createPerson(getDb(), { organisationId: organisation.id, name: "HR", roles: ["hr"] });
    const leaders = await Promise.all(
      Array.from({ length: 7 }, (_, index) =>
        createPerson(getDb(), { organisationId: organisation.id, name: `Leder ${index}`, unitId }),
      ),
    );
    const mailsTo = (email: string) => inbox.messages.filter((mail) => mail.rcptTo.includes(email));

    const call = routeCall({ db: getDb(), mailer: inboxMailer(inbox), user: hr, roles: ["hr"] });
    const answer = await answerOf(() =>
      rolloutAction({
        request: formPost("/udrul", { unitId, confirmed: "yes" }),
        context: call.context,
      } as never),
    );
    expect(answer.status).toBe(302);
    expect(call.sentDuringRequest).toEqual([]);
    expect(leaders.flatMap((leader) => mailsTo(leader.email))).toHaveLength(0);

    await call.runDeferred();
    for (const leader of leaders) expect(mailsTo(leader.email), leader.name).toHaveLength(1);
  });
});
