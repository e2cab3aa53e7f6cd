import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { da } from "~/i18n/catalogs/da";
import { agreementSchema } from "./agreement.schema";

// The agreement form, in the browser and on the server: every error is a catalog key on the field it
// belongs to, so the page can show it next to that field.

const valid = {
  kind: "self",
  text: "Jeg går en tur i frokostpausen",
  followUpDate: "2026-12-15",
  followUpTime: "09:00",
  recurrence: "weekly",
  followUpHow: "Jeg krydser af på et papir ved mit skrivebord",
};

/**
 * Each distinct problem as "path: catalog key". A malformed date fails both the format and the
 * real-date check with the same key; the page shows a field's first error only.
 */
function problems(input: unknown): string[] {
  const result = agreementSchema.safeParse(input);
  if (result.success) return [];
  return [...new Set(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`))].sort();
}

function catalogHas(key: string): boolean {
  const [group, name] = key.split(".");
  return (
    group === "validation" &&
    name !== undefined &&
    Object.hasOwn(da.validation, name) &&
    typeof (da.validation as Record<string, unknown>)[name] === "string"
  );
}

describe("agreementSchema", () => {
  it("accepts a complete agreement and trims the texts", () => {
    const result = agreementSchema.safeParse({ ...valid, text: "  Gå en tur  ", followUpHow: " På papir " });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...valid, text: "Gå en tur", followUpHow: "På papir" });
  });

  it("treats an agreement without a repetition as a one-off, which needs no date", () => {
    const result = agreementSchema.safeParse({ kind: "leader", text: "Aftal næste møde" });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ kind: "leader", text: "Aftal næste møde", recurrence: "once" });
  });

  it.each([
    ["an empty text", { text: "" }, "text: validation.agreementTextRequired"],
    ["a text of only spaces", { text: "   \n " }, "text: validation.agreementTextRequired"],
    ["a missing text", { text: undefined }, "text: validation.agreementTextRequired"],
    ["a 2001-character text", { text: "x".repeat(2001) }, "text: validation.agreementTextTooLong"],
    [
      "a 2001-character how",
      { followUpHow: "x".repeat(2001) },
      "followUpHow: validation.agreementTextTooLong",
    ],
    ["30 February", { followUpDate: "2026-02-30" }, "followUpDate: validation.dateInvalid"],
    ["a Danish-order date", { followUpDate: "31-12-2026" }, "followUpDate: validation.dateInvalid"],
    ["a date with time", { followUpDate: "2026-12-15T09:00" }, "followUpDate: validation.dateInvalid"],
    ["25:00", { followUpTime: "25:00" }, "followUpTime: validation.timeInvalid"],
    ["09:60", { followUpTime: "09:60" }, "followUpTime: validation.timeInvalid"],
    ["9:00", { followUpTime: "9:00" }, "followUpTime: validation.timeInvalid"],
    ["an unknown repetition", { recurrence: "hourly" }, "recurrence: validation.formInvalid"],
    ["an unknown list", { kind: "employees" }, "kind: validation.formInvalid"],
  ])("rejects %s with a message the catalog has", (_, change, expected) => {
    expect(problems({ ...valid, ...change })).toEqual([expected]);
    expect(catalogHas(expected.split(": ")[1] ?? "")).toBe(true);
  });

  it("accepts the longest allowed text, a leap day and the last minute of the day", () => {
    expect(
      problems({ ...valid, text: "x".repeat(2000), followUpDate: "2028-02-29", followUpTime: "23:59" }),
    ).toEqual([]);
  });

  it("asks for a first date when the follow-up repeats", () => {
    expect(problems({ ...valid, followUpDate: undefined, recurrence: "daily" })).toEqual([
      "followUpDate: validation.recurrenceNeedsDate",
    ]);
    expect(catalogHas("validation.recurrenceNeedsDate")).toBe(true);
  });

  it("reports a missing date for a repetition together with a missing text", () => {
    expect(problems({ kind: "self", recurrence: "monthly" })).toEqual([
      "followUpDate: validation.recurrenceNeedsDate",
      "text: validation.agreementTextRequired",
    ]);
  });

  it("reads a posted form, where an empty date field means no date", () => {
    const form = new FormData();
    form.set("kind", "self");
    form.set("text", "");
    form.set("followUpDate", "");
    form.set("followUpTime", "");
    form.set("recurrence", "quarterly");
    form.set("followUpHow", "");
    const submission = parseWithZod(form, { schema: agreementSchema });
    expect(submission.status).toBe("error");
    expect(submission.reply().error).toEqual({
      text: ["validation.agreementTextRequired"],
      followUpDate: ["validation.recurrenceNeedsDate"],
    });

    form.set("text", "Kvartalsvis status");
    form.set("followUpDate", "2027-01-04");
    const accepted = parseWithZod(form, { schema: agreementSchema });
    expect(accepted.status).toBe("success");
    expect(accepted.status === "success" ? accepted.value : null).toEqual({
      kind: "self",
      text: "Kvartalsvis status",
      followUpDate: "2027-01-04",
      recurrence: "quarterly",
    });
  });
});
