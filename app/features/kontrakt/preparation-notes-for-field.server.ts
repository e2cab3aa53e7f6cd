import type { ToolContent } from "~/content/tool-types";
import {
  type KontraktTextField,
  kontraktTextKey,
  questionNoteKey,
  sideNoteKey,
  themeNoteKey,
} from "~/features/cycles/text-keys";
import { isNoteIn } from "~/features/kontrakt/carry-note";

/** Which step-1 theme feeds which kontrakt field (the guide's themes and the template share numbers). */
const THEME_FOR_FIELD = { goals: "goals", wellbeing: "wellbeing", alignWithLeader: "nearestLeader" } as const;

/**
 * The leader's non-empty step-1 notes for a kontrakt field, labelled with the question they answer,
 * each marked when it is already in the field.
 */
export function preparationNotesForField(
  field: KontraktTextField,
  tool: ToolContent,
  bodies: Record<string, string>,
): { key: string; label: string; body: string; isCarried: boolean }[] {
  const theme = tool.themes.find((item) => item.id === THEME_FOR_FIELD[field]);
  if (!theme) return [];
  const candidates = [
    { key: themeNoteKey(theme.id), label: theme.mainQuestion },
    ...(theme.id === "goals"
      ? tool.expectationSides.map((side) => ({ key: sideNoteKey(side.id), label: side.label }))
      : []),
    ...theme.supportQuestions.map((question, index) => ({
      key: questionNoteKey(theme.id, index),
      label: question,
    })),
  ];
  const fieldBody = bodies[kontraktTextKey(field)] ?? "";
  return candidates
    .map((candidate) => ({ ...candidate, body: bodies[candidate.key] ?? "" }))
    .filter((note) => note.body.trim() !== "")
    .map((note) => ({ ...note, isCarried: isNoteIn(fieldBody, note.body) }));
}
