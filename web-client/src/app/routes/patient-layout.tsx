import { Outlet } from 'react-router';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { useBookingsStream } from '@/features/bookings/api/bookings-stream';

/** Keeps the booking stream open across the patient's pages, so statuses stay live on each. */
export function PatientLayout() {
  const status = useBookingsStream();
  return (
    <div className="page">
      <div className="page__status">
        <LiveIndicator status={status} />
      </div>
      <Outlet />
    </div>
  );
}
