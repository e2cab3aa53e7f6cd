import { test } from "@playwright/test";
import { type ReceivedMail, type SmtpInbox, startSmtpInbox } from "../../support/smtp-inbox";

/**
 * A real SMTP server on loopback for the spec file that calls this (the app's SMTP_URL points at
 * it): started before its tests, closed after. Returns the mails received so far for an address.
 */
export function receiveMailDuringSpec(): (email: string) => ReceivedMail[] {
  let inbox: SmtpInbox | undefined;
  test.beforeAll(async () => {
    inbox = await startSmtpInbox(Number(process.env.E2E_SMTP_PORT ?? 2526));
  });
  test.afterAll(async () => {
    await inbox?.close();
  });
  return (email) => inbox?.messages.filter((m) => m.rcptTo.includes(email)) ?? [];
}
