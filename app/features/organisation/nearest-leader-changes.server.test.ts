import { describe, expect, it } from "vitest";
import { findNearestLeaderChanges } from "./nearest-leader-changes.server";
import type { PersonRow } from "./people-csv.server";

const row = (line: number, email: string, nearestLeaderEmail: string | null): PersonRow => ({
  line,
  name: email.split("@")[0] ?? "",
  email,
  unitPath: null,
  nearestLeaderEmail,
  roles: [],
});
const niels = { name: "Niels", email: "niels@k.dk" };

describe("findNearestLeaderChanges", () => {
  it("lists changes to someone, to nobody and from nobody, for people already there only", () => {
    const people = [
      { email: "lone@k.dk", name: "Lone", nearestLeader: niels },
      { email: "bo@k.dk", name: "Bo", nearestLeader: niels },
      { email: "eva@k.dk", name: "Eva", nearestLeader: null },
      { email: "same@k.dk", name: "Same", nearestLeader: niels },
      { email: "niels@k.dk", name: "Niels", nearestLeader: null },
    ];
    const rows = [
      row(2, "lone@k.dk", "mette@k.dk"),
      row(3, "bo@k.dk", null),
      row(4, "eva@k.dk", "niels@k.dk"),
      row(5, "same@k.dk", "niels@k.dk"),
      row(6, "new@k.dk", "niels@k.dk"),
      row(7, "mette@k.dk", null),
    ];
    expect(findNearestLeaderChanges(rows, people)).toEqual([
      {
        line: 2,
        person: { name: "lone", email: "lone@k.dk" },
        from: niels,
        to: { name: "mette", email: "mette@k.dk" },
      },
      { line: 3, person: { name: "bo", email: "bo@k.dk" }, from: niels, to: null },
      { line: 4, person: { name: "eva", email: "eva@k.dk" }, from: null, to: niels },
    ]);
  });
});
