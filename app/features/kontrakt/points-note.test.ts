import { expect, it } from "vitest";
import { getToolContent } from "~/content/get-tool-content";
import { findCycleTexts, saveCycleText } from "~/features/cycles/cycle-texts.server";
import { ensureActiveCycle } from "~/features/cycles/cycles.server";
import { questionNoteKey } from "~/features/cycles/text-keys";
import { action, loader } from "~/features/dialogue/dialogue-prepare.route";
import { ensureDefaultOrganisation } from "~/features/organisation/ensure-default-organisation.server";
import { createUser } from "~/platform/auth/users.server";
import { dialoguePointsFromTexts } from "~/platform/db/column-values/sharing";
import { nowDbTime } from "~/platform/db/time.server";
import { createMailer } from "~/platform/mail/mailer.server";
import { answerOf, formPost, ROUTE_CALL_URL, routeCall } from "../../../tests/support/route-call";
import { describeEachDialect } from "../../../tests/support/test-database";

// Issue 15, item 8: theme 2's "to til tre pointer" note is offered as the dialogue's points.
/**
 * The note to theme 2's question that asks for two or three points, found by its words in each
 * language's content, so the test follows the question the leader really answered (not an index).
 */
function pointsQuestionNoteKey(locale: "da" | "en", words: RegExp): string {
  const theme = getToolContent(locale).themes.find((each) => each.id === "wellbeing");
  const index = theme?.supportQuestions.findIndex((question) => words.test(question)) ?? -1;
  expect(index, `${locale}: theme 2 asks for the points`).toBeGreaterThanOrEqual(0);
  return questionNoteKey("wellbeing", index);
}

describeEachDialect("the points note (issue 15, item 8)", (getDb, dialect) => {
  let counter = 0;
  const mailer = createMailer({
    publicUrl: new URL("http://localhost:3000"),
    smtpUrl: "",
    from: "test@lederdialog.test",
    outboxDir: "",
  });

  it("offers the step-1 note as the points, and uses it a line a point", async () => {
    const organisation = await ensureDefaultOrganisation(getDb());
    const created = await createUser(getDb(), {
      organisationId: organisation.id,
      email: `points-${dialect}-${++counter}@kommune.dk`,
      name: "Pia Punkt",
      passwordHash: null,
      roles: ["leader"],
    });
    const user = { ...created, email_verified_at: nowDbTime() };
    const cycle = await ensureActiveCycle(getDb(), user);
    const key = pointsQuestionNoteKey("da", /to til tre pointer/);
    // Both languages ask it at the same place, so one note key serves both.
    expect(pointsQuestionNoteKey("en", /two or three points/)).toBe(key);
    await saveCycleText(getDb(), { cycle, key, body: "- Prioritering\n- Sparring\n\n" });
    const context = routeCall({ db: getDb(), mailer, user }).context;
    const load = async () =>
      (await loader({
        request: new Request(new URL("/min-lederdialog/dialog", ROUTE_CALL_URL)),
        params: {},
        context,
      } as never)) as { pointsNote: string | null };

    expect((await load()).pointsNote).toBe("- Prioritering\n- Sparring");
    const used = await answerOf(() =>
      action({
        request: formPost("/min-lederdialog/dialog", { intent: "usePointsNote" }),
        params: {},
        context,
      } as never),
    );
    expect(used.status).toBe(302);
    expect(dialoguePointsFromTexts(await findCycleTexts(getDb(), cycle.id))).toEqual([
      "Prioritering",
      "Sparring",
    ]);
    // Used: no longer offered.
    expect((await load()).pointsNote).toBeNull();
  });
});
