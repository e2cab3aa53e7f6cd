import { href } from "react-router";
import { useTranslation } from "~/i18n/translation";

/** "All your data": the JSON export and the kontrakt as PDF, offered on the home and deletion pages. */
export function DataDownloadLinks() {
  const { t } = useTranslation();
  return (
    <p>
      <a href={href("/min-lederdialog/mine-data.json")} download>
        {t("home.dataDownload")}
      </a>{" "}
      ·{" "}
      <a href={href("/min-lederdialog/mine-data.html")} download>
        {t("home.dataDownloadHtml")}
      </a>{" "}
      · <a href={href("/min-lederdialog/kontrakt.pdf")}>{t("deleteAccount.kontraktPdf")}</a>
    </p>
  );
}
