import type { RouterContextProvider } from "react-router";
import { requestInfoContext } from "~/platform/context/context.server";
import type { RequestMeta } from "./request-meta.server";

export function getRequestMeta(context: Readonly<RouterContextProvider>): RequestMeta {
  const info = context.get(requestInfoContext);
  return { ip: info.ip, userAgent: info.userAgent };
}
