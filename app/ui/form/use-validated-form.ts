import { type SubmissionResult, useForm } from "@conform-to/react";
import * as z from "zod/mini";
import { parseForm } from "./parse-form";

// The Content-Security-Policy forbids eval. Zod would probe for it with `new Function` on its first
// parse in the browser; the probe's error is caught, but the browser still reports a CSP violation
// (issue 15, found by the e2e fixture). Without JIT, Zod parses the same, and never probes.
z.config({ jitless: true });

/**
 * Conform with our one policy: validate on submit (as the server does without JavaScript), then
 * re-check each field as it is corrected. Not on blur: an error appearing while the pointer is on
 * its way to the submit button moves the button and swallows the click.
 */
export function useValidatedForm<
  Schema extends z.ZodMiniType<Record<string, unknown>, Record<string, unknown>>,
>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | undefined,
  options: { id?: string; defaultValue?: Record<string, string> } = {},
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    id: options.id,
    defaultValue: options.defaultValue as never,
    lastResult,
    onValidate: ({ formData }) => parseForm(formData, schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}
