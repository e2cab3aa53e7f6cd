import { describe, expect, it } from "vitest";
import type { Config } from "~/platform/config/config-types.server";
import { readKnownDevices, rememberDevice } from "./device-cookie.server";

const config = { sessionSecret: "a".repeat(40), publicUrl: new URL("https://lederdialog.test") } as Config;
const asHeader = (setCookie: string) => setCookie.split(";")[0] ?? "";

describe("the device cookie", () => {
  it("is httpOnly, Secure behind https, SameSite=Lax and lasts a year", async () => {
    const setCookie = await rememberDevice(config, { cookieHeader: null, userId: "u1" });
    expect(setCookie).toMatch(/^ld_device=/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/Max-Age=31536000/);
  });

  it("remembers the newest five accounts of a shared browser, each with a new device id", async () => {
    let header: string | null = null;
    for (const userId of ["u1", "u2", "u3", "u4", "u5", "u6", "u2"]) {
      header = asHeader(await rememberDevice(config, { cookieHeader: header, userId }));
    }
    const devices = await readKnownDevices(config, header);
    expect(devices.map((device) => device.userId)).toEqual(["u2", "u6", "u5", "u4", "u3"]);
    expect(new Set(devices.map((device) => device.deviceId)).size).toBe(5);
  });

  it("is none when it is signed with another secret or has expired", async () => {
    const header = asHeader(await rememberDevice(config, { cookieHeader: null, userId: "u1" }));
    expect(await readKnownDevices({ ...config, sessionSecret: "b".repeat(40) }, header)).toEqual([]);
    const inTwoYears = new Date(Date.now() + 2 * 365 * 24 * 60 * 60 * 1000);
    expect(await readKnownDevices(config, header, inTwoYears)).toEqual([]);
    expect(await readKnownDevices(config, header)).toHaveLength(1);
  });
});
