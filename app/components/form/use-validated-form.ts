import { type SubmissionResult, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * Conform with our one policy: validate on submit (as the server does without JavaScript), then
 * re-check each field as it is corrected. Not on blur: an error appearing while the pointer is on
 * its way to the submit button moves the button and swallows the click.
 */
export function useValidatedForm<Schema extends z.ZodType<Record<string, unknown>, Record<string, unknown>>>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | undefined,
  options: { id?: string; defaultValue?: Record<string, string> } = {},
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    id: options.id,
    defaultValue: options.defaultValue as never,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}
