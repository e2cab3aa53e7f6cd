import { describe, expect, it } from "vitest";
import {
  NETWORK_FREE_FAILURES,
  NETWORK_MAX_DELAY_MS,
  networkDelayMs,
  networkOf,
} from "./sign-in-throttle.server";

describe("networkOf", () => {
  it("keeps IPv4 and reads IPv4-mapped IPv6 as IPv4", () => {
    expect(networkOf("203.0.113.7")).toBe("203.0.113.7");
    expect(networkOf("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("counts every address of one IPv6 /64 as one, however it is written", () => {
    expect(networkOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:DB8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:0db8:0001:0002::9%eth0")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(networkOf("2001:db8:1:3::1")).not.toBe(networkOf("2001:db8:1:2::1"));
  });
});

describe("networkDelayMs", () => {
  it("does not slow the first failures, then doubles up to the cap", () => {
    expect(networkDelayMs(NETWORK_FREE_FAILURES)).toBe(0);
    const delays = Array.from({ length: 20 }, (_, index) =>
      networkDelayMs(NETWORK_FREE_FAILURES + 1 + index),
    );
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[1]).toBe((delays[0] ?? 0) * 2);
    expect(delays).toEqual([...delays].sort((a, b) => a - b));
    expect(Math.max(...delays)).toBe(NETWORK_MAX_DELAY_MS);
  });
});
