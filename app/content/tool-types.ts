/**
 * The shape of the tool's content ("Styrk lederens dialog med nærmeste leder", BFA, rev. March 2024).
 * One `ToolContent` per locale; the Danish one keeps the seed's wording exactly, because leaders and
 * organisations recognise the tool by its questions.
 */

export const THEME_IDS = ["goals", "wellbeing", "nearestLeader"] as const;
/** The interview guide's three themes, in the seed's order. */
export type ThemeId = (typeof THEME_IDS)[number];

export const KONTRAKT_FIELD_IDS = [
  "goals",
  "wellbeing",
  "agreementsWithSelf",
  "alignWithLeader",
  "agreementsWithLeader",
] as const;
/** The agreement template's five fields, in the seed's order. */
export type KontraktFieldId = (typeof KONTRAKT_FIELD_IDS)[number];

export const EXPECTATION_SIDES = [
  "ownLeader",
  "employees",
  "leaderColleagues",
  "organisation",
  "citizens",
  "self",
] as const;
/** The "hele vejen rundt" figure: every side a leader meets expectations from. */
export type ExpectationSide = (typeof EXPECTATION_SIDES)[number];

export const GUIDANCE_ROLE_IDS = [
  "topManagement",
  "hr",
  "med",
  "leadersOfLeaders",
  "leadersOfEmployees",
] as const;
/** The five boxes of "Sådan kan I bruge værktøjet". */
export type GuidanceRoleId = (typeof GUIDANCE_ROLE_IDS)[number];

export interface InterviewTheme {
  id: ThemeId;
  /** e.g. "1" — the number the seed prints before the heading. */
  number: string;
  title: string;
  mainQuestion: string;
  supportQuestions: string[];
  /** Suggested minutes of the 45-minute preparation spent on this theme. */
  suggestedMinutes: number;
}

export interface KontraktField {
  id: KontraktFieldId;
  /** The number the template prints ("1", "2", "2", "3", "3"). */
  number: string;
  title: string;
  question: string;
  /** The seed's filled-in example for this field, one entry per line of the example. */
  example: string[];
  /** Whether the field holds agreements (items with a follow-up) rather than free text. */
  isAgreementList: boolean;
}

export interface GuidanceRole {
  id: GuidanceRoleId;
  title: string;
  text: string;
  /** The three framed boxes that "can have main roles" when the tool is used. */
  isMainRole: boolean;
}

export interface SeriesTool {
  /** e.g. "Introduktionsværktøj", "Værktøj 1". */
  label: string;
  title: string;
  url: string;
  isThisTool: boolean;
}

export interface ToolContent {
  title: string;
  seriesName: string;
  /** "Op mod egen leder" / "Ind mod én selv": the directions this tool works in. */
  directions: string[];
  tagline: string;
  goal: string[];
  quotes: { heading: string; text: string; source: string }[];
  why: { intro: string; findings: { label: string; text: string }[]; focus: string; studyUrl: string };
  purpose: string;
  targetGroup: string[];
  timeNeeded: string;
  processSteps: { number: string; title: string; text: string }[];
  importantAgreementExamples: string[];
  guidanceIntro: string[];
  guidanceRoles: GuidanceRole[];
  themes: InterviewTheme[];
  expectationSides: { id: ExpectationSide; label: string; prompt: string }[];
  kontraktTitle: string;
  kontraktFields: KontraktField[];
  exampleTitle: string;
  inviteTitle: string;
  inviteSteps: { verb: string; text: string }[];
  colophon: {
    revised: string;
    publisher: string;
    address: string[];
    steeringGroupTitle: string;
    steeringGroup: string[];
    collaboration: string;
    credits: string[];
    isbn: string;
  };
  seriesTitle: string;
  series: SeriesTool[];
}
