import type { AgreementInput } from "~/features/agreements/agreement.schema";
import type { AgreementFields } from "./agreements.server";

/** The validated form (where "once" and empty fields are choices) as the row's values (nulls). */
export function agreementFieldsFromInput(input: AgreementInput): AgreementFields {
  return {
    kind: input.kind,
    text: input.text,
    followUpDate: input.followUpDate ?? null,
    followUpTime: input.followUpTime ?? null,
    recurrence: input.recurrence === "once" ? null : input.recurrence,
    followUpHow: input.followUpHow ?? "",
  };
}
