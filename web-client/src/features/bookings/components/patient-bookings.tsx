import { useState } from 'react';
import { CardSkeleton } from '@/components/ui/skeleton';
import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import { useLiveBookings } from '../api/bookings-stream';
import { useBookings, type PatientBookingPages } from '../api/get-bookings';
import { groupBookings, isPast } from '../utils/booking-groups';
import { useFocusOutcome, type BookingOutcome } from '../utils/booking-outcome';
import { BookingGroup } from './booking-group';
import { BookVisit } from './book-visit';

/**
 * What the page shows: every unfinished booking and the finished page; past the first page, not the
 * unfinished ones that have ended since (they belong on the first page of Past, newest as they are).
 */
function loadedOn({ unfinished, finished }: PatientBookingPages, page: number) {
  const stillUnfinished = page === 0 ? unfinished.items : unfinished.items.filter((booking) => !isPast(booking));
  return [...stillUnfinished, ...finished.items];
}

/**
 * The patient's page: their active bookings first (the form behind "Book a visit"), then the past ones.
 * A patient with no booking at all finds the form open. Statuses change live, and a booking that ends
 * moves from Active to Past.
 */
export function PatientBookings() {
  const [page, setPage] = useState(0);
  // null until the person opens or closes the form: then it is open only for a first booking.
  const [formWanted, setFormWanted] = useState<boolean | null>(null);
  const [outcome, setOutcome] = useState<BookingOutcome | null>(null);
  const bookings = useBookings(page);
  const live = useLiveBookings();
  useFocusOutcome(outcome);

  const groups = bookings.data ? groupBookings(loadedOn(bookings.data, page), live, { firstPage: page === 0 }) : null;
  const none = Boolean(groups && page === 0 && groups.active.length === 0 && groups.past.length === 0);
  // Shown once to a patient with no booking, the form stays until they close it or book, even when a
  // booking arrives first from another tab or from the stream, before the form's own answer.
  const [shownFirst, setShownFirst] = useState(false);
  if (none && !shownFirst) setShownFirst(true);
  const open = formWanted ?? shownFirst;

  return (
    <div className="patient-bookings">
      <BookVisit
        open={open}
        asked={formWanted === true}
        onOpen={() => setFormWanted(true)}
        onClose={() => setFormWanted(false)}
        onCreated={(booking) => {
          setFormWanted(false);
          setPage(0);
          setOutcome({ bookingId: booking.id, status: booking.status });
        }}
        intro={formWanted === null && <p>You have no bookings yet. Tell us what you need and where: providers nearby see it at once.</p>}
      />
      {bookings.isPending ? (
        <CardSkeleton label="Loading your bookings…" />
      ) : bookings.isError ? (
        <FormError message={`Your bookings could not be loaded. ${errorMessage(bookings.error)}`} />
      ) : none ? (
        !open && <p className="empty">You have no bookings yet.</p>
      ) : (
        <>
          <BookingGroup title="Active" bookings={groups!.active} outcome={outcome} onOutcome={setOutcome} empty="Nothing booked is waiting or under way." />
          <BookingGroup title="Past" bookings={groups!.past} outcome={outcome} onOutcome={setOutcome} />
          <Pagination page={page} size={bookings.data!.finished.size} total={bookings.data!.finished.total} onPage={setPage} label="Pages of your past bookings" />
        </>
      )}
    </div>
  );
}
