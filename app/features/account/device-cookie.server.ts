import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Config } from "~/platform/config/config-types.server";
import { createSignedCookie } from "~/platform/http/signed-cookie.server";

/** A browser where this account signed in before (OWASP's "device cookie"; decision 027). */
export interface KnownDevice {
  userId: string;
  /** Random, new at every sign-in: the key of this device's own attempt counter. */
  deviceId: string;
  /** When this browser was remembered: a device from before the credentials changed does not count. */
  issuedAt: Date;
}

const DEVICE_DAYS = 365;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Accounts one browser remembers (a shared computer at work), newest first. */
const MAX_ACCOUNTS = 5;

// Short names keep the cookie small; the expiry is inside the signed value, so a browser that keeps
// the cookie past its Max-Age gains nothing.
const storedDevices = z
  .array(z.object({ u: z.string().max(64), d: z.string().max(64), x: z.number() }))
  .max(MAX_ACCOUNTS);
type StoredDevice = z.infer<typeof storedDevices>[number];

/**
 * Signed with SESSION_SECRET and httpOnly: it names accounts, so it cannot be forged for someone
 * else's, and scripts cannot read it. Long-lived, because its whole point is to outlast the session.
 */
export function createDeviceCookie(config: Pick<Config, "sessionSecret" | "publicUrl">) {
  return createSignedCookie("ld_device", {
    httpOnly: true,
    sameSite: "lax",
    secure: config.publicUrl.protocol === "https:",
    path: "/",
    maxAge: DEVICE_DAYS * 24 * 60 * 60,
    secrets: [config.sessionSecret],
  });
}

/** The accounts this browser signed in to before; none when the cookie is absent, forged or expired. */
export async function readKnownDevices(
  config: Pick<Config, "sessionSecret" | "publicUrl">,
  cookieHeader: string | null,
  now = new Date(),
): Promise<KnownDevice[]> {
  return (await readStoredDevices(config, cookieHeader, now)).map((entry) => ({
    userId: entry.u,
    deviceId: entry.d,
    issuedAt: new Date(entry.x - DEVICE_DAYS * DAY_MS),
  }));
}

/** The Set-Cookie value after a successful sign-in: this account first, with a new device id. */
export async function rememberDevice(
  config: Pick<Config, "sessionSecret" | "publicUrl">,
  options: { cookieHeader: string | null; userId: string; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const others = (await readStoredDevices(config, options.cookieHeader, now)).filter(
    (entry) => entry.u !== options.userId,
  );
  const entry: StoredDevice = {
    u: options.userId,
    d: randomBytes(16).toString("base64url"),
    x: now.getTime() + DEVICE_DAYS * DAY_MS,
  };
  return createDeviceCookie(config).serialize([entry, ...others].slice(0, MAX_ACCOUNTS));
}

async function readStoredDevices(
  config: Pick<Config, "sessionSecret" | "publicUrl">,
  cookieHeader: string | null,
  now: Date,
): Promise<StoredDevice[]> {
  const parsed = storedDevices.safeParse(await createDeviceCookie(config).parse(cookieHeader));
  return parsed.success ? parsed.data.filter((entry) => entry.x > now.getTime()) : [];
}
