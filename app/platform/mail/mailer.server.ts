import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import type { Logger } from "pino";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invitation: nodemailer adds it as the text/calendar part and as invite.ics. */
  icalEvent?: { method: "REQUEST" | "PUBLISH" | "CANCEL"; content: string };
  /** The person a reply reaches (renderMail sets it for mails a person sent through the app). */
  replyTo?: { name: string; address: string };
  /** Extra headers, e.g. List-Unsubscribe for reminders (RFC 8058), Auto-Submitted (RFC 3834). */
  headers?: Record<string, string>;
}

/** The one way the app sends mail (docs/decisions/005). */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  /** PUBLIC_URL: every Message-ID is on its host, the app's own domain, not on MAIL_FROM's. */
  publicUrl: URL;
  /** Where mails go when no SMTP server is configured: DATA_DIR/outbox/*.eml. */
  outboxDir: string;
  log?: Logger;
}

/**
 * SMTP when SMTP_URL is set; otherwise every mail is written as a standard .eml file to the outbox,
 * so a leader trying the app alone can still open the reset link (the README explains where).
 */
export function createMailer(options: MailerOptions): Mailer {
  const envelope = (message: MailMessage) => ({
    from: options.from,
    messageId: `<${randomUUID()}@${options.publicUrl.hostname}>`,
    ...message,
  });
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(message) {
        await transport.sendMail(envelope(message));
        options.log?.info({ to: message.to, subject: message.subject }, "mail sent");
      },
    };
  }
  // CRLF as on the wire (RFC 5322): a mail program opening the .eml reads it as it would a received mail.
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      const info = await transport.sendMail(envelope(message));
      // A mail can hold a live reset or invitation link: for the app's own user only (decision 026).
      mkdirSync(options.outboxDir, { recursive: true, mode: 0o700 });
      const file = path.join(
        options.outboxDir,
        `${new Date().toISOString().replace(/[:.]/g, "-")}-${info.messageId.replace(/[^a-zA-Z0-9]/g, "")}.eml`,
      );
      writeFileSync(file, info.message as Buffer, { mode: 0o600, flag: "wx" });
      options.log?.info({ file, subject: message.subject }, "mail written to outbox");
    },
  };
}
