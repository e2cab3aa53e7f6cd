import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { newSecretToken } from "~/.server/auth/tokens";
import type { Config } from "~/.server/config";
import { createMailer, type Mailer } from "~/.server/mail/mailer";
import { sendPasswordResetMail } from "~/.server/mail/send-password-reset-mail";

const FROM = "Lederdialog <no-reply@lederdialog.local>";

interface ReceivedMail {
  rcptTo: string[];
  raw: string;
}

/**
 * What a reader sees, near enough for assertions: header lines unfolded, quoted-printable soft line
 * breaks removed and =XX bytes decoded as UTF-8 (nodemailer encodes Danish letters and folds long lines).
 */
function readable(raw: string): string {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
  const joined = unfolded.replace(/=\r?\n/g, "");
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function resetServices(mailer: Mailer) {
  return { mailer, config: { publicUrl: new URL("http://localhost:3000") } as Config };
}

describe("password-reset mail over SMTP", () => {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          rcptTo: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString("latin1"),
        });
        callback();
      });
    },
  });
  let mailer: Mailer;
  // Not used while SMTP is configured; a mail there would be a bug.
  const unusedOutbox = path.join(os.tmpdir(), `lederdialog-unused-outbox-${process.pid}`);

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM, outboxDir: unusedOutbox });
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    received.length = 0;
  });

  it("sends the Danish mail with the reset link to the account's address", async () => {
    const token = newSecretToken();
    await sendPasswordResetMail(resetServices(mailer), {
      user: { email: "lone@kommune.dk", name: "Lone Ærø" },
      token,
      locale: "da",
    });
    expect(received).toHaveLength(1);
    const mail = received[0];
    expect(mail?.rcptTo).toEqual(["lone@kommune.dk"]);
    const text = readable(mail?.raw ?? "");
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
    expect(received).toHaveLength(1);
    const text = readable(received[0]?.raw ?? "");
    expect(received[0]?.rcptTo).toEqual(["john@example.com"]);
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

  it("writes each mail as one .eml file in the outbox", async () => {
    const outboxDir = path.join(dataDir, "outbox");
    const mailer = createMailer({ smtpUrl: undefined, from: FROM, outboxDir });
    const token = newSecretToken();
    await sendPasswordResetMail(resetServices(mailer), {
      user: { email: "lone@kommune.dk", name: "Lone" },
      token,
      locale: "da",
    });
    const files = readdirSync(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const text = readable(readFileSync(path.join(outboxDir, files[0] ?? ""), "latin1"));
    expect(text).toMatch(/^Subject: Nulstil din adgangskode til Lederdialog$/m);
    expect(text).toMatch(/^To: lone@kommune\.dk$/m);
    expect(text).toContain(`http://localhost:3000/nulstil-adgangskode/${token}`);
  });
});
