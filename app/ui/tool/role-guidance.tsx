import { useTranslation } from "~/i18n/translation";

/** The seed's "Sådan kan I bruge værktøjet" for the roles this person has. */
export function RoleGuidance({ roles }: { roles: { id: string; title: string; text: string }[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby="guidance-title">
      <h2 id="guidance-title">{t("home.guidanceTitle")}</h2>
      {roles.map((role) => (
        <div key={role.id} className="role-card role-card--main">
          <h3>{role.title}</h3>
          <p>{role.text}</p>
        </div>
      ))}
    </section>
  );
}
