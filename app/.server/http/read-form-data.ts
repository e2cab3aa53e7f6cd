import { data } from "react-router";

/** A body that is not a form (or is cut off) is the client's fault: 400, not a 500. */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    throw data({ error: "validation.formInvalid" }, { status: 400 });
  }
}
