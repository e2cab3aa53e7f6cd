import { afterAll, beforeAll, expect, it } from "vitest";
import { localeContext } from "~/.server/context";
import { newId } from "~/.server/db/ids";
import { nowDbTime } from "~/.server/db/time";
import { createMailer } from "~/.server/mail/mailer";
import { createUser } from "~/.server/users/users";
import { loader as rootLoader } from "~/root";
import { action as adminSsoAction } from "~/routes/admin-sso";
import { action as rolloutAction } from "~/routes/rollout";
import { answerOf, formPost, ROUTE_CALL_URL, routeCall } from "../support/route-call";
import { type SmtpInbox, startSmtpInbox } from "../support/smtp-inbox";
import { describeEachDialect } from "../support/test-database";

let inbox: SmtpInbox;
beforeAll(async () => {
  inbox = await startSmtpInbox();
});
afterAll(async () => {
  await inbox.close();
});

/**
 * Issue 15: a notice after a redirect comes from a signed flash cookie that the root loader reads
 * (so the server renders it, also without JavaScript), not from query flags like `?sendt=2`.
 */
describeEachDialect("notices after a redirect", (getDb, dialect) => {
  const mailer = () =>
    createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
      from: "Lederdialog <x@y.dk>",
      outboxDir: "/nonexistent",
    });

  async function rootFlash(cookie: string) {
    const call = routeCall({ db: getDb(), mailer: mailer() });
    call.context.set(localeContext, "da");
    const request = new Request(new URL("/udrul", ROUTE_CALL_URL), { headers: { Cookie: cookie } });
    return (await rootLoader({ request, context: call.context } as never)).flash;
  }

  it("a roll-out redirects to the plain page with its counts in a signed cookie the root loader reads", async () => {
    const organisationId = newId();
    await getDb()
      .insertInto("organisations")
      .values({
        id: organisationId,
        name: "Flash Kommune",
        slug: `flash-${dialect}-${Date.now()}`,
        created_at: nowDbTime(),
      })
      .execute();
    const unitId = newId();
    await getDb()
      .insertInto("units")
      .values({
        id: unitId,
        organisation_id: organisationId,
        parent_id: null,
        name: "Social",
        path: "Social",
        created_at: nowDbTime(),
      })
      .execute();
    const person = (name: string, roles: ("leader" | "hr")[]) =>
      createUser(getDb(), {
        organisationId,
        email: `flash-${dialect}-${Date.now()}-${name}@k.dk`,
        name,
        passwordHash: null,
        unitId,
        roles,
      });
    const hr = await person("hr", ["hr"]);
    await person("a", ["leader"]);
    await person("b", ["leader"]);
    const post = () =>
      answerOf(async () => {
        try {
          return await rolloutAction({
            request: formPost("/udrul", { unitId, confirmed: "yes" }),
            context: routeCall({ db: getDb(), mailer: mailer(), user: hr }).context,
          } as never);
        } catch (thrown) {
          return thrown;
        }
      });
    let setCookie = "";
    const first = await rolloutAction({
      request: formPost("/udrul", { unitId, confirmed: "yes" }),
      context: routeCall({ db: getDb(), mailer: mailer(), user: hr }).context,
    } as never);
    expect(first).toBeInstanceOf(Response);
    const response = first as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/udrul");
    setCookie = response.headers.get("set-cookie") ?? "";
    const cookie = setCookie.split(";")[0] ?? "";
    expect(cookie).toMatch(/^ld_flash=/);
    expect(await rootFlash(cookie)).toEqual([{ key: "rollout.sent", values: { count: 2 } }]);

    // Sent again: the skipped leaders are told too.
    const again = await post();
    expect(again.location).toBe("/udrul");
    // A forged cookie says nothing.
    const [name, value] = cookie.split("=");
    expect(await rootFlash(`${name}=${(value ?? "").replace(/.$/, (c) => (c === "A" ? "B" : "A"))}`)).toEqual(
      [],
    );
    expect(await rootFlash("")).toEqual([]);
  });

  it("a step of the SAML key rotation says so in the keys' section, not through `?noegle=`", async () => {
    const organisationId = newId();
    await getDb()
      .insertInto("organisations")
      .values({
        id: organisationId,
        name: "Nøgle Kommune",
        slug: `noegle-${dialect}-${Date.now()}`,
        created_at: nowDbTime(),
      })
      .execute();
    const admin = await createUser(getDb(), {
      organisationId,
      email: `noegle-${dialect}-${Date.now()}@k.dk`,
      name: "Admin",
      passwordHash: null,
      unitId: null,
      roles: ["admin"],
    });
    const answer = (await adminSsoAction({
      request: formPost("/admin/log-ind", { intent: "prepareKey" }),
      context: routeCall({ db: getDb(), mailer: mailer(), user: admin }).context,
    } as never)) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/admin/log-ind#saml-keys");
    const cookie = (answer.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(await rootFlash(cookie)).toEqual([{ key: "samlSetup.changed.prepareKey", at: "saml-keys" }]);
  });
});
