import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Config } from "~/.server/config";
import { newId } from "~/.server/db/ids";
import { nowDbTime } from "~/.server/db/time";
import { createMailer } from "~/.server/mail/mailer";
import { inviteUnitLeaders } from "~/.server/organisations/invite-unit-leaders";
import { createUser } from "~/.server/users/users";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";
import { describeEachDialect } from "../support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

describeEachDialect("roll-out: inviting a unit's leaders", (getDb, dialect) => {
  it("mails the active leaders of the unit and the units below it, each with their way in", async () => {
    const organisationId = newId();
    await getDb()
      .insertInto("organisations")
      .values({
        id: organisationId,
        name: "Udrul Kommune",
        slug: `udrul-${dialect}`,
        created_at: nowDbTime(),
      })
      .execute();
    const unit = async (path: string, parentId: string | null) => {
      const id = newId();
      await getDb()
        .insertInto("units")
        .values({
          id,
          organisation_id: organisationId,
          parent_id: parentId,
          name: path,
          path,
          created_at: nowDbTime(),
        })
        .execute();
      return id;
    };
    const a = await unit("Social", null);
    const ab = await unit("Social / Ældre", a);
    const c = await unit("Kultur", null);
    const person = (
      email: string,
      unitId: string,
      roles: ("leader" | "hr")[],
      passwordHash: string | null = null,
    ) =>
      createUser(getDb(), {
        organisationId,
        email: `${dialect}-${email}`,
        name: email,
        passwordHash,
        unitId,
        roles,
      });
    await person("ny@k.dk", ab, ["leader"]);
    await person("kendt@k.dk", a, ["leader"], "hash");
    await person("kultur@k.dk", c, ["leader"]);
    await person("hr@k.dk", a, ["hr"]);
    const inactive = await person("stoppet@k.dk", a, ["leader"]);
    await getDb().updateTable("users").set({ is_active: 0 }).where("id", "=", inactive.id).execute();

    const mailer = createMailer({
      smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
      from: "Lederdialog <x@y.dk>",
      outboxDir: "/nonexistent",
    });
    const config = { publicUrl: new URL("http://localhost:3000") } as Config;
    const log = pino({ level: "silent" });
    const sent = await inviteUnitLeaders(
      { db: getDb(), mailer, config, log },
      { organisationId, unitId: a, senderName: "Hanne HR" },
    );
    expect(sent).toEqual({ sent: 2, failed: 0 });
    const mails = inbox.messages.filter((mail) => mail.rcptTo.some((to) => to.startsWith(`${dialect}-`)));
    expect(mails.map((mail) => mail.rcptTo[0]).sort()).toEqual([
      `${dialect}-kendt@k.dk`,
      `${dialect}-ny@k.dk`,
    ]);
    const first = await parseMail(mails.find((mail) => mail.rcptTo[0] === `${dialect}-ny@k.dk`)?.raw ?? "");
    expect(first.subject).toBe("Invitation: Styrk lederens dialog med nærmeste leder");
    expect(first.text).toContain("Hanne HR inviterer dig");
    expect(first.text).toContain("http://localhost:3000/glemt-adgangskode");
    const known = await parseMail(
      mails.find((mail) => mail.rcptTo[0] === `${dialect}-kendt@k.dk`)?.raw ?? "",
    );
    expect(known.text).toContain("http://localhost:3000/log-ind");
    expect(
      await inviteUnitLeaders(
        { db: getDb(), mailer, config, log },
        { organisationId: newId(), unitId: a, senderName: "X" },
      ),
    ).toEqual({ sent: 0, failed: 0 });
  });
});
