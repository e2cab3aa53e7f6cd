import { Form } from "react-router";
import { useTranslation } from "~/i18n/translation";
import { FlashNotices } from "~/ui/flash-notices";

export interface SamlServiceKeyView {
  role: "next" | "current" | "previous";
  fingerprint: string;
  createdAt: string;
  expiresAt: string;
}

/**
 * Our SAML key pairs on the settings page: the certificates' fingerprints and dates (never a
 * private key), and the three steps of a rotation (decision 033), each a small form of its own.
 */
export function SamlServiceKeys({ keys, metadataUrl }: { keys: SamlServiceKeyView[]; metadataUrl: string }) {
  const { t } = useTranslation();
  const hasNext = keys.some((key) => key.role === "next");
  const hasPrevious = keys.some((key) => key.role === "previous");
  return (
    <section aria-labelledby="saml-keys" className="saml-keys">
      <h2 id="saml-keys">{t("samlSetup.keysHeading")}</h2>
      <p>{t("samlSetup.keysIntro")}</p>
      <p>
        {t("samlSetup.metadataLink")} <a href={metadataUrl}>{metadataUrl}</a>
      </p>
      <FlashNotices at="saml-keys" />
      {keys.length === 0 ? <p>{t("samlSetup.noKeysYet")}</p> : null}
      {keys.map((key) => (
        <section key={key.fingerprint} className="panel" aria-labelledby={`saml-key-${key.role}`}>
          <h3 id={`saml-key-${key.role}`}>{t(`samlSetup.keyRole.${key.role}`)}</h3>
          <dl className="facts">
            <dt>{t("samlSetup.keyFingerprint")}</dt>
            <dd>
              <code className="fingerprint">{key.fingerprint}</code>
            </dd>
            <dt>{t("samlSetup.keyCreated")}</dt>
            <dd>{key.createdAt}</dd>
            <dt>{t("samlSetup.keyExpires")}</dt>
            <dd>{key.expiresAt}</dd>
          </dl>
        </section>
      ))}
      <p>{t("samlSetup.rotateHowTo")}</p>
      <Form method="post" className="button-row">
        {hasNext ? (
          <button type="submit" name="intent" value="activateKey" className="button button--primary">
            {t("samlSetup.activateKey")}
          </button>
        ) : (
          <button type="submit" name="intent" value="prepareKey" className="button button--secondary">
            {t("samlSetup.prepareKey")}
          </button>
        )}
        {hasPrevious ? (
          <button type="submit" name="intent" value="removePreviousKey" className="button button--secondary">
            {t("samlSetup.removePreviousKey")}
          </button>
        ) : null}
      </Form>
    </section>
  );
}
