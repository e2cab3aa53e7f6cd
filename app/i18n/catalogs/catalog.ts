import type { da } from "./da";

/** Same keys as the Danish catalog, any strings: a missing English key fails the typecheck. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Catalog = DeepStrings<typeof da>;
