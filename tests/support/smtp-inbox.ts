import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  rcptTo: string[];
  raw: string;
}

export interface SmtpInbox {
  port: number;
  /** Every message received so far, oldest first. */
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on loopback (smtp-server) that keeps what it receives, for tests that send mail. */
export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({
          rcptTo: session.envelope.rcptTo.map((address) => address.address),
          raw: Buffer.concat(chunks).toString("latin1"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * What a reader sees, near enough for assertions: header lines unfolded, quoted-printable soft line
 * breaks removed and =XX bytes decoded as UTF-8 (nodemailer encodes Danish letters and folds long lines).
 */
export function readableMail(raw: string): string {
  const unfolded = raw.replace(/\r?\n[ \t]+/g, " ");
  const joined = unfolded.replace(/=\r?\n/g, "");
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
  return Buffer.from(bytes, "latin1").toString("utf8");
}

export interface ParsedMail {
  subject: string;
  text: string;
  /** The text/html part as written, when there is one. */
  html: string | undefined;
  /** Reply-To's first address, when there is one. */
  replyTo: { name: string; address: string } | undefined;
  messageId: string | undefined;
  /** The text/calendar part (nodemailer's icalEvent), when there is one. */
  calendar: string | undefined;
  headers: Map<string, unknown>;
  /** A header as written (mailparser restructures some, such as the List-* headers). */
  header: (name: string) => string | undefined;
}

/** A received mail read by an independent MIME parser (mailparser), the way a mail program reads it. */
export async function parseMail(raw: string): Promise<ParsedMail> {
  const mail = await simpleParser(raw);
  const calendar = mail.attachments.find((part) => part.contentType.startsWith("text/calendar"));
  return {
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : undefined,
    replyTo: mail.replyTo?.value[0]
      ? { name: mail.replyTo.value[0].name, address: mail.replyTo.value[0].address ?? "" }
      : undefined,
    messageId: mail.messageId,
    calendar: calendar?.content.toString("utf8"),
    headers: mail.headers,
    header: (name) =>
      mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/^[^:]*:\s*/, ""),
  };
}
