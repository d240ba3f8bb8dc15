import { useEffect, useRef } from 'react';
import type { BookingStatus } from '@/types/api';

/** What an action on a booking (booking, cancelling, rating) came to, said at its card. */
export interface BookingOutcome {
  bookingId: string;
  /** The booking's status once the action is done. */
  status: BookingStatus;
  /** Said at the card, while the booking keeps that status; none when said elsewhere. */
  message?: string;
}

/**
 * Puts the keyboard on the card of the booking an action was about, once the card shows the action's
 * result: the new status may arrive a render after the outcome, and the card may move from Active to
 * Past on the way (a new card). Call it in the component that renders the cards, so that it looks
 * again after each of their renders; it moves the focus once per outcome.
 */
export function useFocusOutcome(outcome: BookingOutcome | null) {
  const done = useRef<BookingOutcome | null>(null);
  useEffect(() => {
    if (!outcome || done.current === outcome) return;
    const card = document.querySelector<HTMLElement>(`[data-testid="booking"][data-id="${outcome.bookingId}"]`);
    if (!card || card.dataset.status !== outcome.status) return;
    done.current = outcome;
    card.focus();
  });
}
