import type { da } from "./catalogs/da";

// Typed keys: `t("auth.signIn.title")` is checked against the Danish catalog at compile time.
// Only i18next's types are used (its TFunction, with keys and values checked); the translator that
// runs is our own, create-i18n.ts (docs/decisions/050), so i18next ships in no bundle.
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof da };
    returnNull: false;
    // A wall time "HH:MM" (create-i18n.ts).
    interpolationFormatTypeMap: { wallTime: string };
  }
}
