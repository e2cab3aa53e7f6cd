import type { ReactNode } from "react";
import { Form } from "react-router";

/**
 * A GET search over a long list (`?q=`), its label and hint above the field, the button beside it;
 * `children` carries hidden fields that keep a filter while searching.
 */
export function SearchForm(props: {
  id: string;
  label: string;
  hint: string;
  button: string;
  search: string;
  children?: ReactNode;
}) {
  return (
    <Form method="get" className="search-form" role="search">
      {props.children}
      <div className="form-group">
        <label className="form-label" htmlFor={props.id}>
          {props.label}
        </label>
        <p className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
        <div className="search-form__row">
          <input
            id={props.id}
            name="q"
            type="search"
            className="form-input"
            defaultValue={props.search}
            maxLength={200}
            aria-describedby={`${props.id}-hint`}
          />
          <button type="submit" className="button button--secondary">
            {props.button}
          </button>
        </div>
      </div>
    </Form>
  );
}
