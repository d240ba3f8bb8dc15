/**
 * Grey blocks shaped like the cards that are on their way, instead of bare "Loading…" text. The blocks
 * are `aria-busy` and hidden from screen readers, which hear `label` once instead (outside the busy
 * part, which they may keep quiet).
 */
export function CardSkeleton({ label, count = 2 }: { label: string; count?: number }) {
  return (
    <div data-testid="skeleton">
      <p role="status" className="visually-hidden">
        {label}
      </p>
      <div className="skeleton-list" aria-busy="true" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="card skeleton-card">
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
    </div>
  );
}
