import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BENCH_PASSWORD } from "../../server/seeding/seed-bench-organisation";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../../server/seeding/seed-demo-organisation";
import { runLauncher } from "../support/app-process";

// The product's server bundle must not carry the demo's or the bench's made-up people: they live
// in their own entry (server/seeding.ts → build/server/seeding.js), which only the launcher's
// `demo` and `bench-seed` commands load.

const serverDir = path.resolve(import.meta.dirname, "../../build/server");
const SEEDING_MARKS = [DEMO_PASSWORD, BENCH_PASSWORD, ...DEMO_PEOPLE.map((person) => person.email)];

/** The entry and every file it imports, statically or dynamically, followed through the bundle. */
function filesReachedFrom(entry: string): Map<string, string> {
  const reached = new Map<string, string>();
  const pending = [path.join(serverDir, entry)];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (reached.has(file)) continue;
    const code = readFileSync(file, "utf8");
    reached.set(file, code);
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      pending.push(path.resolve(path.dirname(file), match[1] as string));
    }
  }
  return reached;
}

function seedingMarksIn(files: Map<string, string>): string[] {
  return SEEDING_MARKS.filter((mark) => [...files.values()].some((code) => code.includes(mark)));
}

describe("the server bundle", () => {
  beforeAll(async () => {
    const built = await runLauncher("build", {});
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
  }, 240_000);

  it("has no demo or bench seeding in what the product loads", () => {
    const product = filesReachedFrom("index.js");
    expect(product.size).toBeGreaterThan(1);
    expect(seedingMarksIn(product)).toEqual([]);
  });

  it("keeps the seeding in its own entry, where the same search finds it", () => {
    expect(seedingMarksIn(filesReachedFrom("seeding.js"))).toEqual(SEEDING_MARKS);
  });
});
