import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "~/features/account/sign-up.server";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import type { User } from "~/platform/db/tables/users.table";
import { AppClient } from "../../../tests/support/app-client";
import { type AppProcess, startApp } from "../../../tests/support/app-process";
import { parseMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";
import {
  createTestDatabase,
  dialects,
  type TestDatabase,
  testTextKeyBase64,
} from "../../../tests/support/test-database";

// Issue 13: the device cookie in the running server. The owner's browser keeps signing in while an
// attacker's failures refuse browsers without one (finding 6), and a sign-in from a new device is
// mailed to the person (the linking deliverable).

const PASSWORD = "en lang og god sætning";
const WINDOWS_CHROME =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const MAC_FIREFOX = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0";

for (const dialect of ["sqlite", "postgres"] as const) {
  describe.skipIf(!dialects.includes(dialect))(`the device cookie in the server [${dialect}]`, () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `lederdialog-devices-${dialect}-`));
    let inbox: SmtpInbox;
    let database: TestDatabase;
    let app: AppProcess;
    let owner: User;
    let ownersCookies = "";

    beforeAll(async () => {
      inbox = await startSmtpInbox();
      database = await createTestDatabase(
        dialect,
        dialect === "sqlite" ? { sqliteFile: path.join(dataDir, "lederdialog.sqlite") } : {},
      );
      const organisation = await ensureDefaultOrganisation(database.db);
      const created = await signUp(database.db, {
        organisationId: organisation.id,
        name: "Olivia Owner",
        email: "olivia@kommune.dk",
        password: PASSWORD,
        locale: "en",
        meta: { ip: "198.51.100.1", userAgent: WINDOWS_CHROME },
      });
      if (!created.ok || created.outcome !== "created") throw new Error("sign-up failed");
      owner = created.user;
      app = await startApp({
        DATA_DIR: dataDir,
        SESSION_SECRET: "device-cookie-test-session-secret-0123456789",
        TEXT_ENCRYPTION_KEY: testTextKeyBase64,
        SMTP_URL: `smtp://127.0.0.1:${inbox.port}`,
        ...(dialect === "postgres" ? { DATABASE_URL: database.location } : {}),
      });
    });
    afterAll(async () => {
      await app?.stop();
      await database?.destroy();
      await inbox?.close();
      rmSync(dataDir, { recursive: true, force: true });
    });

    const mailsToOwner = () => inbox.messages.filter((mail) => mail.rcptTo.includes(owner.email));
    const signInAs = (client: AppClient, password: string, userAgent: string) =>
      client.post("/log-ind", { email: owner.email, password }, { "User-Agent": userAgent });
    /** The browser's cookie jar, near enough: every cookie the answer set, as a Cookie header. */
    const cookiesFrom = (response: Response) =>
      response.headers
        .getSetCookie()
        .map((cookie) => cookie.split(";")[0])
        .join("; ");

    it("sets a signed, httpOnly, long-lived device cookie and mails nothing for the first sign-in after sign-up", async () => {
      const response = await signInAs(new AppClient(app.baseUrl), PASSWORD, WINDOWS_CHROME);
      expect(response.status).toBe(302);
      const device = response.headers.getSetCookie().find((cookie) => cookie.startsWith("ld_device="));
      expect(device).toMatch(/HttpOnly/i);
      expect(device).toMatch(/SameSite=Lax/i);
      expect(Number(device?.match(/Max-Age=(\d+)/i)?.[1])).toBeGreaterThanOrEqual(180 * 24 * 60 * 60);
      ownersCookies = cookiesFrom(response);
      expect(mailsToOwner()).toHaveLength(0);
    });

    it("mails a sign-in from a new device in the person's language: when, which device, and where to end sessions", async () => {
      const response = await signInAs(new AppClient(app.baseUrl), PASSWORD, MAC_FIREFOX);
      expect(response.status).toBe(302);
      expect(mailsToOwner()).toHaveLength(1);
      const mail = await parseMail(mailsToOwner()[0]?.raw ?? "");
      expect(mail.subject).toBe("New sign-in to your Lederdialog account");
      expect(mail.text).toContain("Firefox on macOS");
      expect(mail.text).toMatch(/\d{4} at \d{2}:\d{2}/);
      expect(mail.text).toContain(
        `${app.baseUrl.replace("127.0.0.1", "localhost")}/min-lederdialog/sikkerhed`,
      );
    });

    it("mails nothing for a sign-in from a device where the person signed in before", async () => {
      const client = new AppClient(app.baseUrl, ownersCookies.replace(/ld_session=[^;]*(; )?/, ""));
      expect((await signInAs(client, PASSWORD, WINDOWS_CHROME)).status).toBe(302);
      expect(mailsToOwner()).toHaveLength(1);
    });

    it("keeps signing in the owner's known device after an attacker's failures, and refuses browsers without one", async () => {
      for (let guess = 0; guess < 8; guess++) {
        const response = await signInAs(new AppClient(app.baseUrl), `guess ${guess}`, MAC_FIREFOX);
        expect(response.status).toBe(guess < 5 ? 401 : 429);
        await response.text();
      }
      const device = ownersCookies.split("; ").find((cookie) => cookie.startsWith("ld_device=")) ?? "";
      const owners = await signInAs(new AppClient(app.baseUrl, device), PASSWORD, WINDOWS_CHROME);
      expect(owners.status).toBe(302);

      const stranger = await signInAs(new AppClient(app.baseUrl), PASSWORD, MAC_FIREFOX);
      expect(stranger.status).toBe(429);
      expect(await stranger.text()).toContain("nulstil din adgangskode");
    });

    it("treats a forged device cookie as none", async () => {
      const forged = `ld_device=${Buffer.from(JSON.stringify([{ u: owner.id, d: "x", x: Date.now() + 1e9 }])).toString("base64")}.bm90IGEgc2lnbmF0dXJl`;
      const response = await signInAs(new AppClient(app.baseUrl, forged), PASSWORD, WINDOWS_CHROME);
      expect(response.status).toBe(429);
    });
  });
}
