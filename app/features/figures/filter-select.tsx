/** A labelled select for the figures' GET filters (no validation: any value only narrows). */
export function FilterSelect({
  name,
  label,
  value,
  options,
  hint,
}: {
  name: string;
  label: string;
  value: string;
  options: { value: string; label: string }[];
  hint?: string;
}) {
  const hintId = `${name}-hint`;
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={name}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="form-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        className="form-select"
        defaultValue={value}
        aria-describedby={hint ? hintId : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
