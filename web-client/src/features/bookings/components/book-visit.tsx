import { useState, type ReactNode } from 'react';
import { serviceLabel } from '@/lib/format';
import type { Booking } from '@/types/api';
import { BookingForm } from './booking-form';

interface BookVisitProps {
  open: boolean;
  /** Opened by the person (the keyboard goes into the form), rather than shown to a first-time patient. */
  asked: boolean;
  onOpen: () => void;
  onClose: () => void;
  onCreated: (booking: Booking) => void;
  intro?: ReactNode;
}

/**
 * "Book a visit": a button that opens the booking form in place, and once a booking is made closes it
 * again and says so (the new booking's card takes the keyboard: see PatientBookings).
 */
export function BookVisit({ open, asked, onOpen, onClose, onCreated, intro }: BookVisitProps) {
  const [booked, setBooked] = useState<string | null>(null);
  return (
    <div className="book-visit" data-testid="booking-form">
      {open ? (
        <BookingForm
          autoFocus={asked}
          intro={intro}
          onClose={onClose}
          onCreated={(booking) => {
            setBooked(`Booked: ${serviceLabel(booking.serviceType)}. We will tell you here when a provider accepts.`);
            onCreated(booking);
          }}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setBooked(null);
            onOpen();
          }}
        >
          Book a visit
        </button>
      )}
      {/* Always there, so that screen readers announce what is put in it. */}
      <div role="status" className="book-visit__outcome">
        {booked && !open && <p className="notice notice--success">{booked}</p>}
      </div>
    </div>
  );
}
