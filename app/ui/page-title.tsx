import { useTranslation } from "~/i18n/translation";

/** React 19 hoists <title> into <head>; one component keeps the "Page – Lederdialog" pattern. */
export function PageTitle({ title }: { title: string }) {
  const { t } = useTranslation();
  return <title>{`${title} – ${t("meta.titleSuffix")}`}</title>;
}
