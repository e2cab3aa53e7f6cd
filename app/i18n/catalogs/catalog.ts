import type { da } from "./da";

/** The same keys as a Danish catalog (or area), any strings: a missing English key fails the typecheck. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalog = DeepStrings<typeof da>;
