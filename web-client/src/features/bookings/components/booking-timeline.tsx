import { FormError } from '@/components/ui/form-error';
import { errorMessage } from '@/lib/api-client';
import { formatVisitTime } from '@/lib/format';
import type { Booking } from '@/types/api';
import { useBookingSteps } from '../api/get-booking-steps';
import { describeStep } from '../utils/booking-progress';

/** The booking's life step by step, each with its time on the booking's clocks; a new step appears live. */
export function BookingTimeline({ booking }: { booking: Booking }) {
  const steps = useBookingSteps(booking.id);
  return (
    <section aria-labelledby={`timeline-${booking.id}`} className="card">
      <h2 id={`timeline-${booking.id}`}>Step by step</h2>
      {steps.isPending ? (
        <p className="muted">Loading the steps…</p>
      ) : steps.isError ? (
        <FormError message={`The steps could not be loaded. ${errorMessage(steps.error)}`} />
      ) : (
        <ol className="timeline" data-testid="timeline">
          {steps.data.map((step, index) => {
            const { title, detail } = describeStep(step, booking.timeZone);
            return (
              <li key={index} className="timeline__step" data-testid="step" data-status={step.status}>
                <time dateTime={step.at} className="muted">
                  {formatVisitTime(step.at, booking.timeZone)}
                </time>
                <strong>{title}</strong>
                {detail && <span>{detail}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
