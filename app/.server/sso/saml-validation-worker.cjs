// @ts-check
// The code of the worker thread that runs node-saml (run-saml-validation.ts starts it, issue 13,
// finding 11). node-saml's XPath and the signature check are the slow part of a sign-in and
// an anonymous sender decides their input, so they run here, off the server's event loop, under a
// time limit. Plain JavaScript handed to the worker as text: the server is one Vite bundle, and this
// way the same code runs from the sources (tests, `npm run dev`) and from the build. It loads
// node-saml from node_modules, resolved beside the module that started it.
const { createRequire } = require("node:module");
const { parentPort, workerData } = require("node:worker_threads");

/** @type {typeof import("@node-saml/node-saml")} */
const { SAML } = createRequire(workerData.resolveFrom)("@node-saml/node-saml");

/**
 * @param {{ options: Record<string, unknown>; request: { id: string; createdAt: string }; samlResponse: string }} task
 */
async function validate({ options, request, samlResponse }) {
  const saml = new SAML({
    ...options,
    // The one request this attempt made: any other InResponseTo is unknown.
    cacheProvider: {
      saveAsync: async (/** @type {string} */ _key, /** @type {string} */ value) => ({
        value,
        createdAt: Date.now(),
      }),
      getAsync: async (/** @type {string} */ key) => (key === request.id ? request.createdAt : null),
      removeAsync: async () => null,
    },
    generateUniqueId: () => request.id,
  });
  try {
    const { profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse });
    if (!profile) return { ok: false, kind: "invalid", message: "no profile" };
    /** @type {Record<string, unknown>} */
    const fields = {};
    for (const [key, value] of Object.entries(profile)) if (typeof value !== "function") fields[key] = value;
    return {
      ok: true,
      profile: fields,
      assertionXml: profile.getAssertionXml?.() ?? "",
      responseXml: profile.getSamlResponseXml?.() ?? "",
    };
  } catch (error) {
    const isError = error instanceof Error;
    return {
      ok: false,
      kind: isError && error.name === "SamlStatusError" ? "status" : "invalid",
      message: isError ? error.message : String(error),
    };
  }
}

// One task at a time: the thread that started this one sends the next when this one is answered.
parentPort?.on(
  "message",
  async (/** @type {{ id: number; task: Parameters<typeof validate>[0] }} */ message) => {
    parentPort?.postMessage({ id: message.id, result: await validate(message.task) });
  },
);
