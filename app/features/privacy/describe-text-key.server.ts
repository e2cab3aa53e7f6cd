import type { TFunction } from "i18next";
import type { ToolContent } from "~/content/tool-types";

/**
 * What a stored text answers, in the person's words: the tool's question for a step-1 note or a
 * kontrakt field, the side of "hele vejen rundt", or the dialogue point — so an export reads as
 * what was asked and what was written, not as internal keys (issue 14, finding 7).
 */
export function describeTextKey(
  key: string,
  tool: ToolContent,
  t: TFunction,
): { part: string; question: string } {
  const [kind, id, detail, side] = key.split(":");
  if (kind === "kontrakt") {
    const field = tool.kontraktFields.find((candidate) => candidate.id === id);
    if (field)
      return { part: `${tool.kontraktTitle}: ${field.number}. ${field.title}`, question: field.question };
  }
  if (kind === "note") {
    const theme = tool.themes.find((candidate) => candidate.id === id);
    if (theme && detail === undefined)
      return { part: `${theme.number}. ${theme.title}`, question: theme.mainQuestion };
    if (theme && detail === "side") {
      const found = tool.expectationSides.find((candidate) => candidate.id === side);
      if (found) return { part: `${theme.number}. ${theme.title}: ${found.label}`, question: found.prompt };
    }
    const index = detail?.startsWith("q") ? Number(detail.slice(1)) : Number.NaN;
    const question = theme?.supportQuestions[index];
    if (theme && question) return { part: `${theme.number}. ${theme.title}`, question };
  }
  if (kind === "dialogue" && id === "point") {
    return {
      part: t("dataExport.dialoguePoint", { number: detail ?? "" }),
      question: t("dataExport.dialoguePoints"),
    };
  }
  if (kind === "nearestLeader" && id === "note") {
    return { part: t("nearestLeader.notesTitle"), question: "" };
  }
  return { part: key, question: "" };
}
