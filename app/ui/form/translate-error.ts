import type { TFunction } from "i18next";

/** Schemas and actions give catalog keys as errors (never text); this turns them into words. */
export function translateError(t: TFunction, key: string): string {
  return t(key as never) as string;
}
