import { HomePanel } from "~/features/home/home-panel";
import { useTranslation } from "~/i18n/translation";

/** The work pages beside the person's own dialogue, in the order the home page shows them. */
const WORK_PANELS = [
  { page: "figures", to: "/tal" },
  { page: "rollout", to: "/udrul" },
  { page: "admin", to: "/admin" },
] as const satisfies readonly { page: string; to: string }[];

type WorkPage = (typeof WORK_PANELS)[number]["page"];

/**
 * A box for each page of the person's roles (figures, roll-out, administration), as the server's
 * `workPagesFor` allows; each page's texts are `<page>.title`, `.homeText` and `.open`.
 */
export function WorkPanels({ work }: { work: Record<WorkPage, boolean> }) {
  const { t } = useTranslation();
  return (
    <>
      {WORK_PANELS.filter(({ page }) => work[page]).map(({ page, to }) => (
        <HomePanel
          key={page}
          id={`${page}-title`}
          title={t(`${page}.title`)}
          text={t(`${page}.homeText`)}
          linkText={t(`${page}.open`)}
          to={to}
        />
      ))}
    </>
  );
}
