/** Shows a 1–5 star rating; the accessible name states the number. */
export function Stars({ value, max = 5 }: { value: number; max?: number }) {
  const rounded = Math.round(value);
  return (
    <span className="stars" role="img" aria-label={`${value} out of ${max} stars`}>
      <span aria-hidden="true">{'★'.repeat(rounded)}</span>
      <span aria-hidden="true" className="stars__empty">
        {'☆'.repeat(Math.max(0, max - rounded))}
      </span>
    </span>
  );
}
