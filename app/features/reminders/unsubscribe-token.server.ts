import { createHmac, timingSafeEqual } from "node:crypto";
import { isReminderKind } from "~/platform/db/tables/reminder-kinds";
import { isUuid } from "~/platform/http/is-uuid.server";
import type { MailSubscription } from "./mail-unsubscribes.server";

/**
 * The key for unsubscribe links, derived from the session secret so that a MAC made for one purpose
 * can never pass as one for another (a signed cookie, say).
 */
function unsubscribeKey(secret: string): Buffer {
  return createHmac("sha256", secret).update("lederdialog unsubscribe v1").digest();
}

function mac(secret: string, subscription: MailSubscription): string {
  return createHmac("sha256", unsubscribeKey(secret))
    .update(`${subscription.userId}\n${subscription.kind}`)
    .digest("base64url");
}

/**
 * "<user id>.<kind>.<HMAC>": the link in every reminder that switches that kind off with one click
 * and no sign-in. It never expires, because old mails should keep working; it can do nothing but
 * switch one kind of mail off for one person.
 */
export function createUnsubscribeToken(secret: string, subscription: MailSubscription): string {
  return `${subscription.userId}.${subscription.kind}.${mac(secret, subscription)}`;
}

/** The subscription a token names, or null when it was not made with this secret. */
export function readUnsubscribeToken(secret: string, token: string): MailSubscription | null {
  const [userId, kind, given, ...rest] = token.split(".");
  if (rest.length > 0 || !isUuid(userId) || !isReminderKind(kind) || given === undefined) return null;
  const expected = Buffer.from(mac(secret, { userId, kind }));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? { userId, kind } : null;
}

export function unsubscribeUrl(options: { publicUrl: URL; secret: string }, subscription: MailSubscription) {
  return new URL(`/afmeld/${createUnsubscribeToken(options.secret, subscription)}`, options.publicUrl).href;
}
