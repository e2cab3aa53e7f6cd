import type { da } from "./catalogs/da";

// Typed keys: `t("auth.signIn.title")` is checked against the Danish catalog at compile time.
declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof da };
    returnNull: false;
    // A wall time "HH:MM" (create-i18n.ts).
    interpolationFormatTypeMap: { wallTime: string };
  }
}
