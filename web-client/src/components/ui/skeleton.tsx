/**
 * Grey blocks shaped like the cards that are on their way, instead of bare "Loading…" text: the
 * region is `aria-busy` and says what is loading to screen readers only, once.
 */
export function CardSkeleton({ label, count = 2 }: { label: string; count?: number }) {
  return (
    <div className="skeleton-list" aria-busy="true" data-testid="skeleton">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="card skeleton-card" aria-hidden="true">
          <div className="skeleton-card__header">
            <span className="skeleton skeleton--title" />
            <span className="skeleton skeleton--badge" />
          </div>
          <span className="skeleton skeleton--line" />
          <span className="skeleton skeleton--line skeleton--short" />
          <span className="skeleton skeleton--block" />
        </div>
      ))}
    </div>
  );
}
