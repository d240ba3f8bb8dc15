import { useState, type ReactNode } from 'react';
import { formatDateTime, serviceLabel } from '@/lib/format';
import type { User, VerificationStatus as Status } from '@/types/api';
import { ProfessionalFacts } from '@/components/professional-facts';
import { ProfessionalForm } from './professional-form';

const TITLES: Record<Status | 'CHECKING', string> = {
  CHECKING: 'Checking your account…',
  VERIFIED: 'Checking your account…',
  UNVERIFIED: 'Awaiting verification',
  REJECTED: 'Your registration was not approved',
  SUSPENDED: 'Your account is suspended',
};

/** Said once, politely, when the status changes while the page is open. */
const CHANGES: Partial<Record<Status, string>> = {
  UNVERIFIED: 'Your details were sent. An administrator will check them again.',
  REJECTED: 'Your registration was not approved. The reason is below.',
  SUSPENDED: 'Your account has been suspended. The reason is below.',
};

function Reason({ reason }: { reason: string | null }) {
  return (
    <div className="notice notice--warning" data-testid="verification-reason">
      <strong>Reason given: </strong>
      {reason ?? 'No reason was given.'}
    </div>
  );
}

interface VerificationStatusProps {
  user: User;
  /** The server refused the provider but the status here is not known yet: the account stream will say. */
  checking?: boolean;
  /** Shown under a suspended provider's status (their history stays readable). */
  suspendedExtra?: ReactNode;
}

/**
 * The page a provider sees instead of the job board until they are verified: awaiting verification
 * with what they submitted, rejected with the reason and a form to correct it, or suspended with the
 * reason. It follows the account live; the route switches to the job board once it is VERIFIED.
 */
export function VerificationStatus({ user, checking = false, suspendedExtra }: VerificationStatusProps) {
  const verification = user.verification;
  const status: Status | 'CHECKING' = checking || !verification ? 'CHECKING' : verification.status;
  const [shown, setShown] = useState(status);
  const [announcement, setAnnouncement] = useState('');
  if (shown !== status) {
    setShown(status);
    if (shown !== 'CHECKING' && status !== 'CHECKING') setAnnouncement(CHANGES[status] ?? '');
  }
  const service = user.serviceType ? serviceLabel(user.serviceType).toLowerCase() : 'care';

  return (
    <section className="narrow stack" data-testid="verification-status" data-status={status}>
      <title>{`${TITLES[status]} · MedOnDoor`}</title>
      <h1 tabIndex={-1}>{TITLES[status]}</h1>
      <p role="status" className={announcement ? 'notice notice--success' : undefined} data-testid="verification-announcement">
        {announcement}
      </p>
      {status === 'CHECKING' && <p className="muted">One moment: we are asking the service where your account stands.</p>}
      {status === 'UNVERIFIED' && (
        <>
          <p>
            Thank you for registering as a {service} provider. Before you see any patient&apos;s request, an administrator checks the
            details below. This page opens your job board by itself as soon as you are approved: there is no need to reload or to log in again.
          </p>
          <div className="card">
            <h2>What you sent</h2>
            <ProfessionalFacts serviceType={user.serviceType} professional={user.professional} />
            {verification && <p className="muted">Sent {formatDateTime(verification.changedAt)}</p>}
          </div>
          <details className="card">
            <summary>Made a mistake? Correct what you sent</summary>
            <ProfessionalForm user={user} title="Correct your details" intro="The corrected details replace the ones above before anyone checks them." />
          </details>
        </>
      )}
      {status === 'REJECTED' && (
        <>
          <p>An administrator could not verify the details you sent.</p>
          <Reason reason={verification?.reason ?? null} />
          <ProfessionalForm
            user={user}
            title="Correct your details"
            intro="Fix what the reason above points to, then send your details to be checked again."
          />
        </>
      )}
      {status === 'SUSPENDED' && (
        <>
          <p>
            While your account is suspended you cannot see or accept jobs, and the visits you had accepted went back to other providers. Your
            history stays here. This page opens your job board by itself if your account is reinstated.
          </p>
          <Reason reason={verification?.reason ?? null} />
          {suspendedExtra}
        </>
      )}
    </section>
  );
}
