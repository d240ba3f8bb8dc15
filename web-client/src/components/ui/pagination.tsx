interface PaginationProps {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
}

/** Previous / next over a page object `{page, size, total}`; hidden when everything fits on one page. */
export function Pagination({ page, size, total, onPage, label }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / size));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={page === 0} onClick={() => onPage(page - 1)}>
        Previous
      </button>
      <span>
        Page {page + 1} of {pages}
      </span>
      <button type="button" className="button button--secondary" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        Next
      </button>
    </nav>
  );
}
