import { afterAll, beforeAll, expect, it } from "vitest";
import { action as rolloutAction } from "~/features/rollout/rollout.route";
import { action as adminSsoAction } from "~/features/sso/admin-sso.route";
import { localeContext } from "~/platform/context/context.server";
import { loader as rootLoader } from "~/root";
import { createOrganisation, createPerson, inboxMailer } from "../support/factories";
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
  const mailer = () => inboxMailer(inbox);

  async function rootFlash(cookie: string) {
    const call = routeCall({ db: getDb(), mailer: mailer() });
    call.context.set(localeContext, "da");
    const request = new Request(new URL("/udrul", ROUTE_CALL_URL), { headers: { Cookie: cookie } });
    return (await rootLoader({ request, context: call.context } as never)).flash;
  }

  it("a roll-out redirects to the plain page with its counts in a signed cookie the root loader reads", async () => {
    const organisation = await createOrganisation(getDb(), {
      name: "Flash Kommune",
      slugPrefix: `flash-${dialect}`,
      units: ["Social"],
    });
    const organisationId = organisation.id;
    const unitId = organisation.units.Social ?? "";
    const person = (name: string, roles: ("leader" | "hr")[]) =>
      createPerson(getDb(), { organisationId, name, unitId, roles });
    const hr = await person("hr", ["hr"]);
    await person("a", ["leader"]);
    await person("b", ["leader"]);
    const post = () =>
      answerOf(async () => {
        try {
          return await rolloutAction({
            request: formPost("/udrul", { unitId, confirmed: "yes" }),
            context: routeCall({ db: getDb(), mailer: mailer(), user: hr, roles: ["hr"] }).context,
          } as never);
        } catch (thrown) {
          return thrown;
        }
      });
    let setCookie = "";
    const first = await rolloutAction({
      request: formPost("/udrul", { unitId, confirmed: "yes" }),
      context: routeCall({ db: getDb(), mailer: mailer(), user: hr, roles: ["hr"] }).context,
    } as never);
    expect(first).toBeInstanceOf(Response);
    const response = first as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/udrul");
    setCookie = response.headers.get("set-cookie") ?? "";
    const cookie = setCookie.split(";")[0] ?? "";
    expect(cookie).toMatch(/^ld_flash=/);
    // The root loader hands the page the notice in its language (decision 045: no catalog area needed).
    expect(await rootFlash(cookie)).toEqual([
      {
        key: "rollout.queued",
        text: "Invitationerne sendes nu til 2 ledere. Under Tidligere udrulninger kan du se, hvor mange der er sendt.",
      },
    ]);

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
    const organisation = await createOrganisation(getDb(), {
      name: "Nøgle Kommune",
      slugPrefix: `noegle-${dialect}`,
    });
    const admin = await createPerson(getDb(), {
      organisationId: organisation.id,
      name: "Admin",
      roles: ["admin"],
    });
    const answer = (await adminSsoAction({
      request: formPost("/admin/log-ind", { intent: "prepareKey" }),
      context: routeCall({ db: getDb(), mailer: mailer(), user: admin, roles: ["admin"] }).context,
    } as never)) as Response;
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/admin/log-ind#saml-keys");
    const cookie = (answer.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(await rootFlash(cookie)).toEqual([
      {
        key: "samlSetup.changed.prepareKey",
        at: "saml-keys",
        text: "Den nye nøgle er lavet og står i metadata. Giv identitetsudbyderen den nye metadata.",
      },
    ]);
  });
});
