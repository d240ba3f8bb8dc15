import { useEffect, useRef, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { errorMessage } from '@/lib/api-client';
import { formatAddress } from '@/lib/format';
import { useBookingDetails } from '../api/get-booking-details';

/**
 * The patient's name, address, phone and notes, behind a button: reading them is an audited action,
 * so they are fetched only when an administrator asks, and the button says so.
 */
export function PrivateDetails({ bookingId }: { bookingId: string }) {
  const [asked, setAsked] = useState(false);
  const details = useBookingDetails(bookingId, asked);
  // The button that had the keyboard is gone once they show: the details take it.
  const shown = useRef<HTMLDListElement>(null);
  const loaded = details.isSuccess;
  useEffect(() => {
    if (loaded) shown.current?.focus();
  }, [loaded]);

  if (!asked) {
    return (
      <div className="inline-action">
        <button type="button" className="button button--secondary" onClick={() => setAsked(true)} aria-describedby={`audited-${bookingId}`}>
          Show private details
        </button>
        <p id={`audited-${bookingId}`} className="field__hint">
          Your reading them is recorded in the audit log.
        </p>
      </div>
    );
  }
  if (details.isPending) return <p className="muted">Loading the private details…</p>;
  if (details.isError) return <FormError message={`The private details could not be loaded. ${errorMessage(details.error)}`} />;
  const booking = details.data;
  return (
    <dl className="facts private-details" data-testid="private-details" tabIndex={-1} ref={shown} aria-label="Private details">
      <dt>Patient</dt>
      <dd>{booking.patient?.name ?? 'Not given'}</dd>
      <dt>Address</dt>
      <dd data-testid="private-address">
        {formatAddress(booking) ?? 'Not given'}
      </dd>
      <dt>Phone</dt>
      <dd>{booking.phone ?? 'Not given'}</dd>
      {booking.notes && (
        <>
          <dt>Notes</dt>
          <dd>{booking.notes}</dd>
        </>
      )}
    </dl>
  );
}
