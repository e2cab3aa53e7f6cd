import { data } from "react-router";

/**
 * A body that is not a form (or is cut off) is the client's fault: 400, not a 500. So is a NUL
 * character: no one types it, and PostgreSQL refuses to store it in text.
 */
export async function readFormData(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw data({ error: "validation.formInvalid" }, { status: 400 });
  }
  for (const [name, value] of form) {
    if (name.includes("\u0000") || (typeof value === "string" && value.includes("\u0000"))) {
      throw data({ error: "validation.formInvalid" }, { status: 400 });
    }
  }
  return form;
}
