import type { Locale } from "~/i18n/locales";
import { toolContentDa, toolContentEn } from "./tool-content";
import type { ToolContent } from "./tool-types";

/**
 * Loaders hand the tool's content to pages as data in one language, so the browser never downloads
 * both languages' copy of the tool as JavaScript.
 */
export function getToolContent(locale: Locale): ToolContent {
  return locale === "en" ? toolContentEn : toolContentDa;
}

/** "Fortæl din leder …", but "Aftal, hvornår …": the seed's bullets glue the verb to punctuation. */
export function joinLead(lead: string, text: string): string {
  return /^[,.;:]/.test(text) ? `${lead}${text}` : `${lead} ${text}`;
}
