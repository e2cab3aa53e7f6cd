import { KONTRAKT_FIELD_IDS } from "~/content/tool-types";

/**
 * What a leader can share with their nearest leader, part by part: the chosen points for the
 * dialogue and each of the kontrakt's five fields. Everything is private until shared.
 */
export const SHAREABLE_PARTS = ["points", ...KONTRAKT_FIELD_IDS] as const;
export type SharedPart = (typeof SHAREABLE_PARTS)[number];

export function isSharedPart(value: unknown): value is SharedPart {
  return typeof value === "string" && (SHAREABLE_PARTS as readonly string[]).includes(value);
}

/** "Hvilke to til tre pointer vil du drøfte med din nærmeste leder?": up to three points. */
export const DIALOGUE_POINT_NUMBERS = [1, 2, 3] as const;
export const dialoguePointKey = (number: number) => `dialogue:point:${number}`;

/** The points the leader wrote, in order, without the empty ones. */
export function dialoguePointsFromTexts(texts: Record<string, { body: string } | undefined>): string[] {
  return DIALOGUE_POINT_NUMBERS.map((number) => texts[dialoguePointKey(number)]?.body.trim() ?? "").filter(
    (point) => point !== "",
  );
}
