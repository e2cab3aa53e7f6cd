import { Link, useSearchParams } from "react-router";
import { useTranslation } from "~/i18n/translation";

/**
 * "Forrige side · Side 2 af 40 · Næste side" for a list read a page at a time. The other query
 * parameters (a search, a filter) are kept; the page is `side`.
 */
export function PageLinks({ page, pageCount }: { page: number; pageCount: number }) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  if (pageCount <= 1) return null;
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(searchParams);
    if (target === 1) params.delete("side");
    else params.set("side", String(target));
    const query = params.toString();
    return query ? `?${query}` : "?";
  };
  return (
    <nav className="page-links" aria-label={t("layout.pageLinks.label")}>
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          {t("layout.pageLinks.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("layout.pageLinks.pageOf", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next">
          {t("layout.pageLinks.next")}
        </Link>
      ) : null}
    </nav>
  );
}
