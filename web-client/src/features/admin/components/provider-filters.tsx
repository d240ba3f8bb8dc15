import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { VerificationStatus } from '@/types/api';

export type StatusTab = VerificationStatus | 'ALL';

const TABS: { status: StatusTab; label: string }[] = [
  { status: 'UNVERIFIED', label: 'Awaiting verification' },
  { status: 'VERIFIED', label: 'Verified' },
  { status: 'REJECTED', label: 'Rejected' },
  { status: 'SUSPENDED', label: 'Suspended' },
  { status: 'ALL', label: 'All' },
];

export function statusTabLabel(status: StatusTab): string {
  return TABS.find((tab) => tab.status === status)?.label ?? status;
}

/** Providers by status: links (so each view has its address), the current one marked for assistive tech. */
export function ProviderStatusFilter({ current, hrefFor }: { current: StatusTab; hrefFor: (status: StatusTab) => string }) {
  return (
    <nav aria-label="Providers by status">
      <ul className="tabs">
        {TABS.map((tab) => (
          <li key={tab.status}>
            <Link to={hrefFor(tab.status)} className="tabs__tab" aria-current={tab.status === current ? 'page' : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Searches name, email, licence or identity document; the service matches regardless of case. */
export function ProviderSearch({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const [text, setText] = useState(query);
  const [shownQuery, setShownQuery] = useState(query);
  if (shownQuery !== query) {
    setShownQuery(query);
    setText(query);
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(text.trim());
  };
  return (
    <form role="search" aria-label="Search providers" className="search" onSubmit={submit}>
      <label htmlFor="provider-search">Search</label>
      <input id="provider-search" type="search" value={text} onChange={(e) => setText(e.target.value)} aria-describedby="provider-search-hint" />
      <button type="submit" className="button button--secondary">
        Search
      </button>
      <p id="provider-search-hint" className="field__hint">
        Name, email, licence number or identity document.
      </p>
    </form>
  );
}
