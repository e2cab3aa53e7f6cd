import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable.server";

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe("isDatabaseUnavailable", () => {
  it.each([
    ["PostgreSQL refusing connections", withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED")],
    [
      "PostgreSQL shutting down (fast)",
      withCode("terminating connection due to administrator command", "57P01"),
    ],
    ["PostgreSQL starting up", withCode("the database system is starting up", "57P03")],
    ["a connection failure", withCode("connection failure", "08006")],
    ["too many connections", withCode("sorry, too many clients already", "53300")],
    ["a connection that went away", new Error("Connection terminated unexpectedly")],
    ["a broken client", new Error("Client has encountered a connection error and is not queryable")],
    ["SQLite locked past the busy timeout", withCode("database is locked", "SQLITE_BUSY")],
    [
      "localhost on both IPv4 and IPv6",
      new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], "connect failed"),
    ],
    ["a wrapped cause", new Error("query failed", { cause: withCode("refused", "ECONNREFUSED") })],
  ])("%s is a 503", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a constraint violation", withCode('duplicate key value violates unique constraint "x"', "23505")],
    ["a syntax error (our bug)", withCode('syntax error at or near "selec"', "42601")],
    ["SQLite corruption", withCode("database disk image is malformed", "SQLITE_CORRUPT")],
    ["a plain bug", new TypeError("Cannot read properties of undefined")],
    ["not an error", "ECONNREFUSED"],
  ])("%s is not", (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
