import type { Executor } from "~/platform/db/database.server";
import { newId } from "~/platform/db/ids.server";
import type { SecurityEventKind } from "~/platform/db/tables/security-events.table";
import { nowDbTime } from "~/platform/db/time.server";
import type { RequestMeta } from "./request-meta.server";

export interface SecurityEventOptions {
  event: SecurityEventKind;
  meta: RequestMeta;
  email?: string | null;
  userId?: string | null;
  organisationId?: string | null;
}

/** Who did it, from where: an event without its kind, for a function that logs what it does. */
export type SecurityEventSource = Omit<SecurityEventOptions, "event">;

/** Every sign-in, failure and reset is written down: the log is also what rate limits count. */
export async function logSecurityEvent(db: Executor, options: SecurityEventOptions): Promise<void> {
  await db
    .insertInto("security_events")
    .values({
      id: newId(),
      organisation_id: options.organisationId ?? null,
      user_id: options.userId ?? null,
      event: options.event,
      email: options.email ?? null,
      ip: options.meta.ip,
      user_agent: options.meta.userAgent?.slice(0, 512) ?? null,
      created_at: nowDbTime(),
    })
    .execute();
}
