import { test } from "@playwright/test";
import { type ReceivedMail, readableMail, type SmtpInbox, startSmtpInbox } from "../../support/smtp-inbox";

// One real SMTP server on loopback per test worker (the app's SMTP_URL points at E2E_SMTP_PORT),
// shared by the specs that read mail and by the sign-up fixture, which reads the verification mail.
let inbox: Promise<SmtpInbox> | undefined;
let users = 0;

async function acquireInbox(): Promise<SmtpInbox> {
  users += 1;
  inbox ??= startSmtpInbox(Number(process.env.E2E_SMTP_PORT ?? 2526));
  return inbox;
}

async function releaseInbox(): Promise<void> {
  users -= 1;
  if (users > 0 || !inbox) return;
  const closing = inbox;
  inbox = undefined;
  await (await closing).close();
}

/**
 * A real SMTP server on loopback for the spec file that calls this: started before its tests,
 * closed after. Returns the mails received so far for an address.
 */
export function receiveMailDuringSpec(): (email: string) => ReceivedMail[] {
  let received: SmtpInbox | undefined;
  test.beforeAll(async () => {
    received = await acquireInbox();
  });
  test.afterAll(async () => {
    received = undefined;
    await releaseInbox();
  });
  return (email) => received?.messages.filter((m) => m.rcptTo.includes(email)) ?? [];
}

/**
 * Waits for a mail to `email` whose text matches `pattern`, takes it out of the inbox (as its
 * reader would, so a spec counting that person's other mails is not disturbed) and returns the
 * pattern's first group. The inbox runs for as long as `during` does.
 */
export async function takeMailDuring<T>(
  email: string,
  pattern: RegExp,
  during: (takeMail: () => Promise<string>) => Promise<T>,
): Promise<T> {
  const received = await acquireInbox();
  try {
    return await during(async () => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const index = received.messages.findIndex(
          (message) => message.rcptTo.includes(email) && pattern.test(readableMail(message.raw)),
        );
        const message = received.messages[index];
        if (message) {
          received.messages.splice(index, 1);
          return readableMail(message.raw).match(pattern)?.[1] ?? "";
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`no mail to ${email} matching ${pattern}`);
    });
  } finally {
    await releaseInbox();
  }
}
