// @ts-check
// The code of the worker thread that runs node-saml (run-saml-validation.ts starts it, issue 13,
// finding 11). node-saml's XPath and the signature check are the slow part of a sign-in and
// an anonymous sender decides their input, so they run here, off the server's event loop, under a
// time limit. Plain JavaScript handed to the worker as text: the server is one Vite bundle, and this
// way the same code runs from the sources (tests, `npm run dev`) and from the build. It loads
// node-saml from node_modules, resolved beside the module that started it.
const { createRequire } = require("node:module");
const { parentPort, workerData } = require("node:worker_threads");

const requireHere = createRequire(workerData.resolveFrom);
/** @type {typeof import("@node-saml/node-saml")} */
const { SAML } = requireHere("@node-saml/node-saml");
// node-saml's own XML helpers, to decrypt an encrypted assertion once more after it validated: its
// signature (and so its algorithms) is inside the encryption, where the envelope does not show it.
const { decryptXml, parseDomFromString, xpath } = requireHere("@node-saml/node-saml/lib/xml");

/**
 * @param {string} samlResponse
 * @param {string} key
 * @returns {Promise<string>}
 */
async function decryptedAssertionOf(samlResponse, key) {
  const document = await parseDomFromString(Buffer.from(samlResponse, "base64").toString("utf8"));
  const [encrypted] = xpath.selectElements(
    document,
    "/*[local-name()='Response']/*[local-name()='EncryptedAssertion']",
  );
  return encrypted ? decryptXml(encrypted.toString(), key) : "";
}

/**
 * One validation with one certificate and at most one decryption key.
 * @param {Record<string, unknown>} options
 * @param {{ id: string; createdAt: string }} request
 * @param {string} samlResponse
 */
async function validateWith(options, request, samlResponse) {
  const saml = new SAML({
    .../** @type {any} */ (options),
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
      signerIndex: 0,
      decryptedAssertionXml: "",
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

/**
 * Tries each of the identity provider's certificates (rollover) and, for an encrypted assertion,
 * each of our keys (rotation): the first combination that validates wins, and the certificate that
 * signed is reported, because links belong to it. At most a few certificates times three keys.
 * @param {{ options: Record<string, unknown> & { idpCert: string[] }; decryptionKeys: string[]; request: { id: string; createdAt: string }; samlResponse: string }} task
 */
async function validate({ options, decryptionKeys, request, samlResponse }) {
  const isEncrypted = Buffer.from(samlResponse, "base64").toString("utf8").includes("EncryptedAssertion");
  /** @type {(string | undefined)[]} */
  const keys = isEncrypted && decryptionKeys.length > 0 ? decryptionKeys : [undefined];
  /** @type {any} */
  let firstFailure;
  for (const [signerIndex, idpCert] of options.idpCert.entries()) {
    for (const decryptionPvk of keys) {
      const result = await validateWith(
        { ...options, idpCert: [idpCert], decryptionPvk },
        request,
        samlResponse,
      );
      if (result.ok) {
        const decryptedAssertionXml = decryptionPvk
          ? await decryptedAssertionOf(samlResponse, decryptionPvk)
          : "";
        return { ...result, signerIndex, decryptedAssertionXml };
      }
      // The identity provider's own "no" does not depend on which key or certificate is tried.
      if (result.kind === "status") return result;
      firstFailure ??= result;
    }
  }
  return firstFailure ?? { ok: false, kind: "invalid", message: "no certificate" };
}

// One task at a time: the thread that started this one sends the next when this one is answered.
parentPort?.on(
  "message",
  async (/** @type {{ id: number; task: Parameters<typeof validate>[0] }} */ message) => {
    parentPort?.postMessage({ id: message.id, result: await validate(message.task) });
  },
);
