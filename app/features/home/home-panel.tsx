import { Link } from "react-router";

/** A box on "Min lederdialog" that leads to one of the person's other roles or tools. */
export function HomePanel({
  id,
  title,
  text,
  linkText,
  to,
}: {
  id: string;
  title: string;
  text: string;
  linkText: string;
  to: string;
}) {
  return (
    <section aria-labelledby={id} className="panel">
      <h2 id={id}>{title}</h2>
      <p>{text}</p>
      <Link className="button button--secondary" to={to}>
        {linkText}
      </Link>
    </section>
  );
}
