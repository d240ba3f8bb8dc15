import { Link } from 'react-router';
import { ProfessionalFacts } from '@/components/professional-facts';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { formatDateTime, serviceLabel } from '@/lib/format';
import type { User } from '@/types/api';
import { ACTION_LABELS, ACTIONS_BY_STATUS, type ProviderAction } from '../utils/provider-actions';

interface ProviderCardProps {
  provider: User;
  onAction: (action: ProviderAction) => void;
}

/** One provider as the console lists them: who, what they sent, where they stand, what can be done. */
export function ProviderCard({ provider, onAction }: ProviderCardProps) {
  const verification = provider.verification;
  const actions = verification ? ACTIONS_BY_STATUS[verification.status] : [];
  return (
    <article className="card" data-testid="provider" data-id={provider.id} data-status={verification?.status} aria-label={provider.name}>
      <header className="card__header">
        <h3 className="card__title">{provider.name}</h3>
        {verification && <VerificationBadge status={verification.status} />}
      </header>
      <dl className="facts">
        <dt>Email</dt>
        <dd>{provider.email}</dd>
        <dt>Service</dt>
        <dd>{provider.serviceType ? serviceLabel(provider.serviceType) : 'Not given'}</dd>
        {verification && (
          <>
            <dt>Since</dt>
            <dd>{formatDateTime(verification.changedAt)}</dd>
          </>
        )}
        {verification?.reason && (
          <>
            <dt>Reason</dt>
            <dd>{verification.reason}</dd>
          </>
        )}
      </dl>
      <ProfessionalFacts serviceType={provider.serviceType} professional={provider.professional} />
      <div className="button-row">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={action === 'reject' || action === 'suspend' ? 'button button--danger' : 'button'}
            onClick={() => onAction(action)}
            aria-label={`${ACTION_LABELS[action]} ${provider.name}`}
          >
            {ACTION_LABELS[action]}
          </button>
        ))}
        <Link to={`/admin/audit?subject=${encodeURIComponent(provider.id)}`}>Audit history</Link>
      </div>
    </article>
  );
}
