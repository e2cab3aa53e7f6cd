import { createContext, useContext } from "react";

// The CSP nonce reaches React Router's <Scripts> through this context (set in entry.server). In the
// browser the value is "" because browsers hide nonces from the DOM; React keeps the server's.
const NonceContext = createContext("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
