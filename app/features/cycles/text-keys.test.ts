import { describe, expect, it } from "vitest";
import { EXPECTATION_SIDES, THEME_IDS } from "~/content/tool-types";
import {
  isStepOneKey,
  isTextKey,
  KONTRAKT_TEXT_FIELDS,
  kontraktTextKey,
  questionNoteKey,
  sideNoteKey,
  themeNoteKey,
} from "./text-keys";

// The key of a text comes from the browser (autosave and the no-JavaScript form): only the keys the
// pages build may be stored.

const builtKeys = [
  ...THEME_IDS.map(themeNoteKey),
  ...THEME_IDS.flatMap((theme) => Array.from({ length: 10 }, (_, index) => questionNoteKey(theme, index))),
  ...EXPECTATION_SIDES.map(sideNoteKey),
  ...KONTRAKT_TEXT_FIELDS.map(kontraktTextKey),
];

describe("isTextKey", () => {
  it.each(builtKeys)("accepts %s, a key a page builds", (key) => {
    expect(isTextKey(key)).toBe(true);
  });

  it("builds a different key for every note and field", () => {
    expect(new Set(builtKeys).size).toBe(builtKeys.length);
  });

  it.each([
    "note:goals:q10",
    "note:goals:q-1",
    "note:goals:q",
    "note:other",
    "note:goals ",
    " note:goals",
    "note:goals\n",
    "note:GOALS",
    "note:",
    "note:goals:side:",
    "note:goals:side:boss",
    "note:wellbeing:side:self",
    "note:goals:q1:side:self",
    "kontrakt:agreementsWithSelf",
    "kontrakt:agreementsWithLeader",
    "kontrakt:goals:q1",
    "kontrakt:",
    "text:note:goals",
    "note:goals|kontrakt:goals",
    "note:goalsx",
    "xnote:goals",
    "",
    "__proto__",
    "constructor",
  ])("rejects the lookalike %j", (key) => {
    expect(isTextKey(key)).toBe(false);
  });

  it.each([undefined, null, 0, 1, true, {}, ["note:goals"], { toString: () => "note:goals" }])(
    "rejects the non-string %j",
    (value) => {
      expect(isTextKey(value)).toBe(false);
    },
  );
});

describe("isStepOneKey", () => {
  it("tells step-1 notes from kontrakt fields", () => {
    expect(isStepOneKey(themeNoteKey("goals"))).toBe(true);
    expect(isStepOneKey(questionNoteKey("wellbeing", 3))).toBe(true);
    expect(isStepOneKey(sideNoteKey("citizens"))).toBe(true);
    expect(isStepOneKey(kontraktTextKey("goals"))).toBe(false);
  });
});
