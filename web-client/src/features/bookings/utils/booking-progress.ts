import { formatRelative, formatVisitTime } from '@/lib/format';
import type { Booking, BookingStep } from '@/types/api';

type Step = Pick<BookingStep, 'status' | 'reason' | 'note' | 'expectedArrival' | 'provider'>;

/** A step as the patient reads it: what happened, and the details that came with it. */
export interface StepText {
  title: string;
  detail: string | null;
}

const quoted = (note: string | null | undefined) => (note ? `: “${note}”` : '.');

/**
 * What a step of a booking means to its patient, in `zone` (the booking's). The provider of a step that
 * took the visit from them is the one it was taken from. Given `now`, an expected arrival also says how
 * far off it is.
 */
export function describeStep(step: Step, zone: string, now?: number): StepText {
  const name = step.provider?.name;
  switch (step.status) {
    case 'PENDING':
      if (step.reason === 'RELEASED') return { title: 'Looking for another provider', detail: `${name ?? 'Your provider'} gave the visit back${quoted(step.note)}` };
      if (step.reason === 'PROVIDER_SUSPENDED') return { title: 'Looking for another provider', detail: `${name ?? 'Your provider'} can no longer take the visit.` };
      if (step.reason === 'OVERDUE_RELEASED') return { title: 'Looking for another provider', detail: `Our team took the visit from ${name ?? 'your provider'}, who was late${quoted(step.note)}` };
      return { title: 'Booked', detail: 'Waiting for a provider to accept.' };
    case 'ACCEPTED':
      return { title: `Accepted by ${name ?? 'a provider'}`, detail: null };
    case 'EN_ROUTE':
      return {
        title: `${name ?? 'Your provider'} is on the way`,
        detail: step.expectedArrival
          ? `Expected around ${formatVisitTime(step.expectedArrival, zone)}${now === undefined ? '' : `, ${formatRelative(step.expectedArrival, now)}`}.`
          : null,
      };
    case 'IN_PROGRESS':
      return { title: `${name ?? 'Your provider'} has arrived`, detail: 'The visit is in progress.' };
    case 'COMPLETED':
      return { title: `Completed by ${name ?? 'your provider'}`, detail: null };
    case 'CANCELLED':
      return step.reason === 'OVERDUE_CANCELLED'
        ? { title: 'Cancelled by our team', detail: step.note ? `“${step.note}”` : null }
        : { title: 'You cancelled the booking', detail: step.note ? `“${step.note}”` : null };
    case 'EXPIRED':
      return { title: 'Nobody was free in time', detail: 'No provider could take the visit before its time ran out. Book again, perhaps for a later window.' };
  }
}

/** Where the booking stands now, read like its latest step. */
export function describeBooking(booking: Booking, now?: number): StepText {
  return describeStep(
    { status: booking.status, reason: booking.statusReason, note: booking.statusNote ?? null, expectedArrival: booking.expectedArrival, provider: booking.provider },
    booking.timeZone,
    now,
  );
}

/** A patient may cancel until the visit has begun; once a provider has it, with a reason. */
export const canCancel = (booking: Booking) => ['PENDING', 'ACCEPTED', 'EN_ROUTE'].includes(booking.status);
