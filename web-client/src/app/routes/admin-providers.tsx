import { useSearchParams } from 'react-router';
import { ProviderSearch, ProviderStatusFilter, statusTabLabel, type StatusTab } from '@/features/admin/components/provider-filters';
import { ProviderList } from '@/features/admin/components/provider-list';
import { VERIFICATION_STATUSES, type VerificationStatus } from '@/types/api';

function readTab(value: string | null): StatusTab {
  if (value === 'ALL') return 'ALL';
  return VERIFICATION_STATUSES.includes(value as VerificationStatus) ? (value as VerificationStatus) : 'UNVERIFIED';
}

/** Providers by status (the queue awaiting verification first), with search and paging in the address. */
export function AdminProvidersRoute() {
  const [params, setParams] = useSearchParams();
  const tab = readTab(params.get('status'));
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page')) || 0);

  // A new status or search starts at the first page.
  const paramsFor = (next: { status?: StatusTab; q?: string; page?: number }) => {
    const search = new URLSearchParams();
    const status = next.status ?? tab;
    if (status !== 'UNVERIFIED') search.set('status', status);
    const query = next.q ?? q;
    if (query) search.set('q', query);
    if (next.page) search.set('page', String(next.page));
    return search;
  };
  const href = (status: StatusTab) => {
    const text = paramsFor({ status }).toString();
    return text ? `/admin/providers?${text}` : '/admin/providers';
  };

  return (
    <section aria-labelledby="providers-title">
      <title>Providers · MedOnDoor</title>
      <h1 id="providers-title">Providers</h1>
      <ProviderStatusFilter current={tab} hrefFor={href} />
      <ProviderSearch query={q} onSearch={(query) => setParams(paramsFor({ q: query }))} />
      <ProviderList
        filter={{ status: tab === 'ALL' ? undefined : tab, q: q || undefined, page }}
        what={tab === 'ALL' ? 'in all' : statusTabLabel(tab).toLowerCase()}
        onPage={(next) => setParams(paramsFor({ page: next }))}
      />
    </section>
  );
}
