import { EXPECTATION_SIDES, type ExpectationSide, THEME_IDS, type ThemeId } from "~/content/tool-types";

/**
 * The keys of the free texts a leader writes in a cycle. Step-1 notes and the kontrakt's text fields
 * share one table and one autosave path; the key says which is which.
 */

/** The kontrakt fields that are free text (the other two are agreement lists). */
export const KONTRAKT_TEXT_FIELDS = ["goals", "wellbeing", "alignWithLeader"] as const;
export type KontraktTextField = (typeof KONTRAKT_TEXT_FIELDS)[number];

/** A long note is fine; a megabyte is not a note. */
export const MAX_TEXT_LENGTH = 20_000;

export const themeNoteKey = (theme: ThemeId) => `note:${theme}`;
export const questionNoteKey = (theme: ThemeId, index: number) => `note:${theme}:q${index}`;
export const sideNoteKey = (side: ExpectationSide) => `note:goals:side:${side}`;
export const kontraktTextKey = (field: KontraktTextField) => `kontrakt:${field}`;
/**
 * The nearest leader's own notes for a dialogue they were invited to: kept in *their* cycle, so
 * only they can read them (every cycle text is read by its owner's id alone). Never the leader's.
 */
export const nearestLeaderNoteKey = (dialogueId: string) => `nearestLeader:note:${dialogueId}`;

const NEAREST_LEADER_NOTE =
  /^nearestLeader:note:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/**
 * The dialogue a nearest leader's note key names, or undefined for any other key. Such a key is
 * written only by that dialogue's nearest leader (the caller checks), never as one of a cycle's own
 * texts (issue 15).
 */
export function nearestLeaderNoteDialogueId(key: string): string | undefined {
  return NEAREST_LEADER_NOTE.exec(key)?.[1];
}

const KEY_PATTERN = new RegExp(
  [
    `^note:(${THEME_IDS.join("|")})$`,
    `^note:(${THEME_IDS.join("|")}):q[0-9]$`,
    `^note:goals:side:(${EXPECTATION_SIDES.join("|")})$`,
    `^kontrakt:(${KONTRAKT_TEXT_FIELDS.join("|")})$`,
    // The two to three points the leader picks for the dialogue (app/platform/db/column-values/sharing.ts).
    "^dialogue:point:[1-3]$",
    NEAREST_LEADER_NOTE.source,
  ].join("|"),
);

/** Only the keys above can be saved: the key comes from the browser. */
export function isTextKey(value: unknown): value is string {
  return typeof value === "string" && KEY_PATTERN.test(value);
}

/**
 * A text of the leader's own cycle (notes, kontrakt, points), which its owner alone writes: every
 * key but a nearest leader's note, whose writer must be that dialogue's nearest leader.
 */
export function isOwnCycleTextKey(value: unknown): value is string {
  return isTextKey(value) && nearestLeaderNoteDialogueId(value) === undefined;
}

export function isStepOneKey(key: string): boolean {
  return key.startsWith("note:");
}
