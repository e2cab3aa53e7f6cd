import { parse, type Submission } from "@conform-to/react";
import type * as z from "zod/mini";

// The browser's reading of a form through its schema, as Conform's parseWithZod reads it on the
// server, without parseWithZod: its coercion builds classic Zod wrappers, which pull all of Zod
// (22 KB gzip) into every page with a form (issue 16, docs/decisions/045). Our forms send only
// text, so Conform's coercion comes down to two rules, kept here: an empty field is missing
// (undefined), and a list field (checkboxes) is a list even when one box or none is ticked.
// parse-form.test.ts checks it reads every form schema as parseWithZod does.

type Schema = z.ZodMiniType<Record<string, unknown>, Record<string, unknown>>;
type Def = { type: string; innerType?: Def & Wrapped; in?: Wrapped; shape?: Record<string, Wrapped> };
type Wrapped = { _zod: { def: Def } };

/** The schema under optional/default/pipe wrappers: what the field itself is. */
function unwrap(schema: Wrapped): Def {
  const def = schema._zod.def;
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in) return unwrap(def.in);
  return def;
}

function emptyToMissing(value: unknown): unknown {
  if (value === "") return undefined;
  if (Array.isArray(value)) return value.map(emptyToMissing).filter((item) => item !== undefined);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, emptyToMissing(child)]));
  }
  return value;
}

function formValue(payload: Record<string, unknown>, schema: Schema): Record<string, unknown> {
  const value = emptyToMissing(payload) as Record<string, unknown>;
  const shape = unwrap(schema as unknown as Wrapped).shape ?? {};
  for (const [key, field] of Object.entries(shape)) {
    if (unwrap(field).type !== "array") continue;
    const given = value[key];
    value[key] = given === undefined ? [] : Array.isArray(given) ? given : [given];
  }
  return value;
}

/** An issue's path as Conform names fields: "roles[0]", "address.street"; "" for the form. */
function fieldName(path: PropertyKey[]): string {
  return path.reduce<string>(
    (name, segment) =>
      typeof segment === "number"
        ? `${name}[${segment}]`
        : name
          ? `${name}.${String(segment)}`
          : String(segment),
    "",
  );
}

export function parseForm<S extends Schema>(
  formData: FormData,
  schema: S,
): Submission<z.input<S>, string[], z.output<S>> {
  return parse(formData, {
    resolve(payload) {
      const result = schema.safeParse(formValue(payload, schema));
      if (result.success) return { value: result.data };
      const error: Record<string, string[]> = {};
      for (const issue of result.error.issues) {
        const name = fieldName(issue.path);
        error[name] = [...(error[name] ?? []), issue.message];
      }
      return { error };
    },
  }) as Submission<z.input<S>, string[], z.output<S>>;
}
