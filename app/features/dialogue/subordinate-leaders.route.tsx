import { href, Link } from "react-router";
import { subordinateLeadersPage } from "~/features/dialogue/subordinate-leaders.server";
import { formatLocalDate } from "~/i18n/format-date";
import type { TextsHandle } from "~/i18n/text-areas";
import { useTranslation } from "~/i18n/translation";
import { useLocale } from "~/i18n/use-locale";
import { requireVerifiedUser } from "~/platform/auth/require-verified-user.server";
import { servicesContext } from "~/platform/context/context.server";
import { PageLinks } from "~/ui/page-links";
import { PageTitle } from "~/ui/page-title";
import { SearchForm } from "~/ui/search-form";
import type { Route } from "./+types/subordinate-leaders.route";

export const handle: TextsHandle = { texts: ["leaders"] };

/**
 * "Ledere af ledere": the leaders you are nearest leader for, and where each is — never what they
 * wrote. A page at a time (`?side=`), searched by name (`?q=`): a director of thousands gets pages.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireVerifiedUser(context, request);
  const { db } = context.get(servicesContext);
  const query = new URL(request.url).searchParams;
  const search = (query.get("q") ?? "").slice(0, 200);
  const overview = await subordinateLeadersPage(db, {
    userId: user.id,
    search,
    page: Number(query.get("side") ?? 1),
  });
  return { ...overview, search };
}

export default function SubordinateLeaders({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { search, total } = loaderData;
  const when = (dialogue: { startsOn: string; startsAt: string }) =>
    t("leaders.when", { date: formatLocalDate(dialogue.startsOn, locale), time: dialogue.startsAt });
  return (
    <>
      <PageTitle title={t("leaders.title")} />
      <h1>{t("leaders.title")}</h1>
      <p className="lead">{t("leaders.intro")}</p>
      {search || total > loaderData.leaders.length ? (
        <SearchForm
          id="leader-search"
          label={t("leaders.searchLabel")}
          hint={t("leaders.searchHint")}
          button={t("leaders.search")}
          search={search}
        />
      ) : null}
      {search ? (
        <p>
          {t(total === 0 ? "leaders.noneFound" : "leaders.found", { total, search })}{" "}
          <Link to={href("/mine-ledere")}>{t("leaders.clear")}</Link>
        </p>
      ) : total > 0 ? (
        <p>{t("leaders.count", { count: total })}</p>
      ) : null}
      {loaderData.leaders.length === 0 ? (
        search ? null : (
          <p>{t("leaders.empty")}</p>
        )
      ) : (
        // A phone scrolls the table, not the page (the English headings are wider than 375 px).
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-scroll" tabIndex={0} aria-label={t("leaders.caption")}>
          <table className="table">
            <caption className="sr-only">{t("leaders.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("leaders.name")}</th>
                <th scope="col">{t("leaders.last")}</th>
                <th scope="col">{t("leaders.next")}</th>
                <th scope="col">{t("leaders.openAgreements")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.leaders.map((leader) => (
                <tr key={leader.id}>
                  <th scope="row">{leader.name}</th>
                  {leader.isDialogueElsewhere ? (
                    <td colSpan={3}>{t("reportingLines.overviewElsewhere", { name: leader.name })}</td>
                  ) : (
                    <SubordinateLeaderCells leader={leader} when={when} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <PageLinks page={loaderData.page} pageCount={loaderData.pageCount} />
    </>
  );
}

function SubordinateLeaderCells({
  leader,
  when,
}: {
  leader: Route.ComponentProps["loaderData"]["leaders"][number];
  when: (dialogue: { startsOn: string; startsAt: string }) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <td>
        {leader.lastDialogue ? (
          <Link to={href("/dialog/:dialogueId", { dialogueId: leader.lastDialogue.id })}>
            {when(leader.lastDialogue)}
            <span className="sr-only"> – {t("leaders.lastLink", { name: leader.name })}</span>
          </Link>
        ) : (
          t("leaders.none")
        )}
      </td>
      <td>
        {leader.nextDialogue ? (
          <Link to={href("/naermeste-leder/:dialogueId", { dialogueId: leader.nextDialogue.id })}>
            {when(leader.nextDialogue)}
            <span className="sr-only"> – {t("leaders.nextLink", { name: leader.name })}</span>
          </Link>
        ) : (
          t("leaders.none")
        )}
      </td>
      <td>{leader.openAgreements}</td>
    </>
  );
}
