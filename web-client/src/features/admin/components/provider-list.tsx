import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import type { User } from '@/types/api';
import { useProviders } from '../api/get-providers';
import type { ProviderFilter } from '../utils/admin-keys';
import type { ProviderAction } from '../utils/provider-actions';
import { DecisionDialog } from './decision-dialog';
import { ProviderCard } from './provider-card';

interface ProviderListProps {
  filter: ProviderFilter;
  /** "awaiting verification", "verified"…: what the count says it counts. */
  what: string;
  onPage: (page: number) => void;
}

/** A page of providers, each with the actions their status allows, asked through a reason dialog. */
export function ProviderList({ filter, what, onPage }: ProviderListProps) {
  const providers = useProviders(filter);
  const [deciding, setDeciding] = useState<{ provider: User; action: ProviderAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const body = (() => {
    if (providers.isPending) return <p className="muted">Loading providers…</p>;
    if (providers.isError) return <FormError message={`Providers could not be loaded. ${errorMessage(providers.error)}`} />;
    const { items, page, size, total } = providers.data;
    return (
      <>
        <p role="status" className="muted" data-testid="provider-count">
          {total === 1 ? '1 provider' : `${total} providers`} {what}
          {filter.q ? ` matching “${filter.q}”` : ''}
        </p>
        {items.length === 0 ? (
          <p className="empty">No providers here.</p>
        ) : (
          <ul className="list" aria-label="Providers">
            {items.map((provider) => (
              <li key={provider.id}>
                <ProviderCard provider={provider} onAction={(action) => setDeciding({ provider, action })} />
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} size={size} total={total} onPage={onPage} label="Provider pages" />
      </>
    );
  })();

  return (
    <>
      <p role="status" className={done ? 'notice notice--success' : undefined} data-testid="decision-result">
        {done}
      </p>
      {body}
      {deciding && (
        <DecisionDialog
          provider={deciding.provider}
          action={deciding.action}
          onClose={() => setDeciding(null)}
          onDone={(message) => {
            setDone(message);
            setDeciding(null);
          }}
        />
      )}
    </>
  );
}
