import { useTranslation } from "~/i18n/translation";

const THINK_KEYS = [
  "nearestLeader.think1",
  "nearestLeader.think2",
  "nearestLeader.think3",
  "nearestLeader.think4",
] as const;

/** What to think about as her leader before the dialogue: spoken to the nearest leader. */
export function ThinkAbout({ leaderName }: { leaderName: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="think-title">
      <h2 id="think-title">{t("nearestLeader.thinkTitle", { name: leaderName })}</h2>
      <ul>
        {THINK_KEYS.map((key) => (
          <li key={key}>{t(key, { name: leaderName })}</li>
        ))}
      </ul>
    </section>
  );
}
