import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sendPasswordResetMail } from "~/features/account/send-password-reset-mail.server";
import type { Config } from "~/platform/config/config-types.server";
import { newSecretToken } from "~/platform/crypto/tokens.server";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { parseMail, readableMail, type SmtpInbox, startSmtpInbox } from "../../../tests/support/smtp-inbox";

const FROM = "Lederdialog <no-reply@lederdialog.local>";

function resetServices(mailer: Mailer) {
  return { mailer, config: { publicUrl: new URL("http://localhost:3000") } as Config };
}

describe("password-reset mail over SMTP", () => {
  let inbox: SmtpInbox;
  let mailer: Mailer;
  // Not used while SMTP is configured; a mail there would be a bug.
  const unusedOutbox = path.join(os.tmpdir(), `lederdialog-unused-outbox-${process.pid}`);

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    mailer = createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: `smtp://127.0.0.1:${inbox.port}`,
      from: FROM,
      outboxDir: unusedOutbox,
    });
  });
  afterAll(async () => {
    await inbox.close();
  });
  beforeEach(() => {
    inbox.messages.length = 0;
  });

  it("sends the Danish mail with the reset link to the account's address", async () => {
    const token = newSecretToken();
    await sendPasswordResetMail(resetServices(mailer), {
      user: { email: "lone@kommune.dk", name: "Lone Ærø" },
      token,
      locale: "da",
    });
    expect(inbox.messages).toHaveLength(1);
    const mail = inbox.messages[0];
    expect(mail?.rcptTo).toEqual(["lone@kommune.dk"]);
    const text = readableMail(mail?.raw ?? "");
    expect(text).toMatch(/^To: lone@kommune\.dk$/m);
    expect(text).toMatch(/^Subject: Nulstil din adgangskode til Lederdialog$/m);
    expect(text).toContain("Hej Lone Ærø");
    expect(text).toContain("Åbn linket herunder");
    expect(text).toContain("virker i 60 minutter");
    expect(text).toContain(`http://localhost:3000/nulstil-adgangskode/${token}`);
    expect(existsIn(unusedOutbox)).toBe(false);
  });

  it("sends the English mail when the account's language is English", async () => {
    const token = newSecretToken();
    await sendPasswordResetMail(resetServices(mailer), {
      user: { email: "john@example.com", name: "John" },
      token,
      locale: "en",
    });
    expect(inbox.messages).toHaveLength(1);
    const text = readableMail(inbox.messages[0]?.raw ?? "");
    expect(inbox.messages[0]?.rcptTo).toEqual(["john@example.com"]);
    expect(text).toMatch(/^To: john@example\.com$/m);
    expect(text).toMatch(/^Subject: Reset your Lederdialog password$/m);
    expect(text).toContain("Hello John");
    expect(text).not.toContain("Nulstil");
    expect(text).toContain(`http://localhost:3000/nulstil-adgangskode/${token}`);
  });
});

function existsIn(dir: string): boolean {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

describe("mail without SMTP", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "lederdialog-outbox-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** A reset mail to Lone through a mailer without SMTP_URL, into its own outbox folder. */
  async function resetMailToOutbox(outboxDir: string, token: string): Promise<void> {
    const mailer = createMailer({
      publicUrl: new URL("http://localhost:3000"),
      smtpUrl: undefined,
      from: FROM,
      outboxDir,
    });
    await sendPasswordResetMail(resetServices(mailer), {
      user: { email: "lone@kommune.dk", name: "Lone" },
      token,
      locale: "da",
    });
  }

  it("writes each mail as one .eml file in the outbox", async () => {
    const outboxDir = path.join(dataDir, "outbox");
    const token = newSecretToken();
    await resetMailToOutbox(outboxDir, token);
    const files = readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const text = readableMail(readFileSync(path.join(outboxDir, files[0] ?? ""), "latin1"));
    expect(text).toMatch(/^Subject: Nulstil din adgangskode til Lederdialog$/m);
    expect(text).toMatch(/^To: lone@kommune\.dk$/m);
    expect(text).toContain(`http://localhost:3000/nulstil-adgangskode/${token}`);
  });

  it("writes the .eml with CRLF line ends, as a mail is on the wire (RFC 5322)", async () => {
    const outboxDir = path.join(dataDir, "outbox-crlf");
    await resetMailToOutbox(outboxDir, newSecretToken());
    const [file] = readdirSync(outboxDir);
    const raw = readFileSync(path.join(outboxDir, file ?? ""), "latin1");
    expect(raw).toContain("\r\n");
    expect(raw.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    // Read back as a mail program would: both parts, and the Message-ID on PUBLIC_URL's host.
    const mail = await parseMail(raw);
    expect(mail.html).toContain('<html lang="da">');
    expect(mail.messageId).toMatch(/@localhost>$/);
  });
});
