import { useSearchParams } from 'react-router';
import { AdminBookingList } from '@/features/admin/components/admin-booking-list';
import { BookingFilters } from '@/features/admin/components/booking-filters';
import type { BookingFilter } from '@/features/admin/utils/admin-keys';
import { BOOKING_STATUSES, SERVICE_TYPES, type BookingStatus, type ServiceType } from '@/types/api';

function readFilter(params: URLSearchParams): BookingFilter {
  const status = params.get('status') as BookingStatus | null;
  const serviceType = params.get('serviceType') as ServiceType | null;
  return {
    status: status && BOOKING_STATUSES.includes(status) ? status : undefined,
    serviceType: serviceType && SERVICE_TYPES.includes(serviceType) ? serviceType : undefined,
    waitingLongerThan: params.get('waitingLongerThan') || undefined,
    page: Math.max(0, Number(params.get('page')) || 0),
  };
}

function toParams(filter: BookingFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== 0) params.set(key, String(value));
  }
  return params;
}

/** Every booking on the platform, filtered by status, service and age; the filters live in the address. */
export function AdminBookingsRoute() {
  const [params, setParams] = useSearchParams();
  const filter = readFilter(params);
  return (
    <section aria-labelledby="bookings-title">
      <title>Bookings · MedOnDoor</title>
      <h1 id="bookings-title">Bookings</h1>
      <BookingFilters filter={filter} onChange={(next) => setParams(toParams({ ...next, page: 0 }))} />
      <AdminBookingList filter={filter} onPage={(page) => setParams(toParams({ ...filter, page }))} />
    </section>
  );
}
