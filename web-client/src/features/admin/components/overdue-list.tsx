import { useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import { formatVisitTime, visitLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import type { OverdueAction } from '../api/act-on-overdue';
import { useOverdueBookings } from '../api/overdue-bookings';
import { AdminBookingCard } from './admin-booking-card';
import { OVERDUE_ACTION_LABELS, OverdueDialog } from './overdue-dialog';

/** Visits still in a provider's hands well past their time, most overdue first, each to release or cancel. */
export function OverdueList({ page, onPage }: { page: number; onPage: (page: number) => void }) {
  const overdue = useOverdueBookings(page);
  const [acting, setActing] = useState<{ booking: Booking; action: OverdueAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const body = (() => {
    if (overdue.isPending) return <p className="muted">Loading the overdue visits…</p>;
    if (overdue.isError) return <FormError message={`The overdue visits could not be loaded. ${errorMessage(overdue.error)}`} />;
    const { items, size, total } = overdue.data;
    if (items.length === 0) return <p className="empty">No visit is overdue.</p>;
    return (
      <>
        <ul className="list" aria-label="Overdue visits">
          {items.map((booking) => {
            const label = visitLabel(booking);
            return (
              <li key={booking.id}>
                <AdminBookingCard
                  booking={booking}
                  testId="overdue-booking"
                  extra={
                    <div className="inline-action overdue-booking__extra">
                      <p className="notice notice--warning">
                        {booking.provider?.name ?? 'Its provider'} still has it; it was due by {formatVisitTime(booking.expiresAt, booking.timeZone)}.
                      </p>
                      <div className="button-row">
                        {(['release', 'cancel'] as const).map((action) => (
                          <button
                            key={action}
                            type="button"
                            className={action === 'cancel' ? 'button button--danger' : 'button'}
                            onClick={() => setActing({ booking, action })}
                            aria-label={`${OVERDUE_ACTION_LABELS[action]}: ${label}`}
                          >
                            {OVERDUE_ACTION_LABELS[action]}
                          </button>
                        ))}
                      </div>
                    </div>
                  }
                />
              </li>
            );
          })}
        </ul>
        <Pagination page={page} size={size} total={total} onPage={onPage} label="Overdue visit pages" />
      </>
    );
  })();

  return (
    <>
      <p role="status" className={done ? 'notice notice--success' : undefined} data-testid="overdue-result">
        {done}
      </p>
      {body}
      {acting && (
        <OverdueDialog
          booking={acting.booking}
          action={acting.action}
          onClose={() => setActing(null)}
          onDone={(message) => {
            setDone(`${message} The reason is in the audit log.`);
            setActing(null);
          }}
        />
      )}
    </>
  );
}
