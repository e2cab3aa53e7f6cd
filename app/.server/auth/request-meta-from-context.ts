import type { RouterContextProvider } from "react-router";
import { requestInfoContext } from "../context";
import type { RequestMeta } from "./request-meta";

export function getRequestMeta(context: Readonly<RouterContextProvider>): RequestMeta {
  const info = context.get(requestInfoContext);
  return { ip: info.ip, userAgent: info.userAgent };
}
