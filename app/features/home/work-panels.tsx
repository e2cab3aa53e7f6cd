import { href } from "react-router";
import { HomePanel } from "~/features/home/home-panel";
import { useTranslation } from "~/i18n/translation";
import type { WorkPage, WorkPages } from "~/platform/auth/permissions";

/** The work pages beside the person's own dialogue, in the order the home page shows them. */
const WORK_PANELS = [
  { page: "figures", to: href("/tal") },
  { page: "rollout", to: href("/udrul") },
  { page: "admin", to: href("/admin") },
] as const satisfies readonly { page: WorkPage; to: string }[];

/**
 * A box for each page of the person's roles (figures, roll-out, administration), as the server's
 * `workPagesFor` (platform/auth/permissions.ts) allows; each page's texts are `<page>.title`, `.homeText` and `.open`.
 */
export function WorkPanels({ work }: { work: WorkPages }) {
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
